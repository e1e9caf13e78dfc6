// Exit codes of `plan-parse check` — the contract CI relies on. The code never depends on the reporter.
//
//   0  no errors, and no more warnings than --max-warnings (any number when it is not given)
//   1  problems found: at least one error (an unreadable or binary file counts as one), or more warnings than
//      --max-warnings. --quiet hides warnings from the output but they still count against --max-warnings.
//   2  the run itself failed: bad arguments, an unreadable or invalid config file, a path that does not exist, a
//      directory that cannot be read (given, or met in a directory or glob), a directory or glob that matches no
//      files. Nothing is checked, or the check is incomplete (the other inputs are still checked and reported).

export const exitCodes = { clean: 0, problems: 1, failed: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export interface RunSummary {
  errors: number;
  warnings: number;
  /** The run could not be completed as asked (see code 2). */
  failed?: boolean;
}

export interface ExitOptions {
  /** Warnings allowed before the run fails (undefined or negative: no limit). */
  maxWarnings?: number;
}

export function getExitCode(summary: RunSummary, { maxWarnings }: ExitOptions = {}): ExitCode {
  if (summary.failed) return exitCodes.failed;
  if (summary.errors > 0) return exitCodes.problems;
  if (maxWarnings !== undefined && maxWarnings >= 0 && summary.warnings > maxWarnings) return exitCodes.problems;
  return exitCodes.clean;
}
