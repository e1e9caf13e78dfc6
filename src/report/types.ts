// What the reporters receive and return. Reporters are pure: (results, options) → string; colour arrives as an
// injected style, rule metadata (for SARIF) as data.
import type { Diagnostic, Severity } from '../types.js';

/** One checked file and its diagnostics (already filtered: `--quiet` removes warnings before reporting). */
export interface FileReport {
  /** The path as the user gave it (or as found in a directory), `-` for stdin. */
  path: string;
  diagnostics: Diagnostic[];
}

/** Colour functions; `plainStyle` when colour is off. */
export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export interface RuleMeta {
  severity: Severity;
  description: string;
}

export interface ReportOptions {
  style: Style;
  /** Every rule, in order (SARIF lists them as the tool's rules). */
  rules?: Readonly<Record<string, RuleMeta>>;
  /** The tool's version (SARIF). */
  version?: string;
  /**
   * Warnings found but left out of `results` (`--quiet`): they still count against --max-warnings, so a summary
   * line must not read as "no problems" while they are there.
   */
  hiddenWarnings?: number;
}

export type Reporter = (results: readonly FileReport[], options: ReportOptions) => string;

const identity = (text: string) => text;
export const plainStyle: Style = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity, underline: identity };

export interface Counts {
  errors: number;
  warnings: number;
  /** Files with at least one diagnostic. */
  filesWithProblems: number;
}

export function countDiagnostics(results: readonly FileReport[]): Counts {
  let errors = 0;
  let warnings = 0;
  let filesWithProblems = 0;
  for (const file of results) {
    if (file.diagnostics.length > 0) filesWithProblems++;
    for (const d of file.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings, filesWithProblems };
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
