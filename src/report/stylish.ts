// stylish (default): eslint's layout. Diagnostics grouped per file, one per line (line:column, severity, message,
// rule id), then a summary line. Files without problems are not listed. Control characters in paths and messages are
// written escaped (`\u001b`): a document's ESC sequence never reaches the terminal.
import type { Diagnostic } from '../types.js';
import { countDiagnostics, plural, type Reporter, type Style } from './types.js';
import { escapeControls } from './escape.js';

const position = (d: Diagnostic) => (d.column !== undefined ? `${d.line}:${d.column}` : `${d.line}`);

function severityText(d: Diagnostic, style: Style): string {
  return d.severity === 'error' ? style.red('error') : d.severity === 'warning' ? style.yellow('warning') : style.dim('info');
}

export const stylish: Reporter = (results, { style, hiddenWarnings = 0 }) => {
  const out: string[] = [];
  for (const file of results) {
    if (file.diagnostics.length === 0) continue;
    const posWidth = Math.max(...file.diagnostics.map((d) => position(d).length));
    const sevWidth = Math.max(...file.diagnostics.map((d) => d.severity.length));
    out.push(style.underline(escapeControls(file.path)));
    for (const d of file.diagnostics) {
      const pos = position(d).padStart(posWidth);
      const pad = ' '.repeat(sevWidth - d.severity.length);
      out.push(`  ${style.dim(pos)}  ${severityText(d, style)}${pad}  ${escapeControls(d.message)}  ${style.dim(escapeControls(d.code))}`);
    }
    out.push('');
  }
  const { errors, warnings, filesWithProblems } = countDiagnostics(results);
  const total = errors + warnings;
  const files = plural(results.length, 'file');
  const hidden = hiddenWarnings > 0 ? `${plural(hiddenWarnings, 'warning')} hidden by --quiet` : '';
  if (total === 0 && hidden === '') {
    out.push(style.green(`✔ ${files} checked, no problems`));
  } else if (total === 0) {
    out.push(style.yellow(`✔ ${files} checked, no errors (${hidden})`));
  } else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${filesWithProblems} of ${files}${hidden ? `; ${hidden}` : ''}`;
    out.push(style.bold(errors > 0 ? style.red(summary) : style.yellow(summary)));
  }
  return `${out.join('\n')}\n`;
};
