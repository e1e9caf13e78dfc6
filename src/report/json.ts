// json: machine-readable and stable. Keys in a fixed order; `version` changes only when the shape does.
//
//   { "version": 1, "fileCount": 2, "errorCount": 1, "warningCount": 0,
//     "files": [{ "path": "a.txt", "errorCount": 1, "warningCount": 0,
//                 "diagnostics": [{ "line": 3, "column": 1, "severity": "error", "code": "numbering-gap", "message": "…" }] }] }
import { countDiagnostics, type Reporter } from './types.js';
import { escapeJsonControls } from './escape.js';

export const jsonReportVersion = 1;

export const json: Reporter = (results) => {
  const { errors, warnings } = countDiagnostics(results);
  const report = {
    version: jsonReportVersion,
    fileCount: results.length,
    errorCount: errors,
    warningCount: warnings,
    files: results.map((file) => {
      const counts = countDiagnostics([file]);
      return {
        path: file.path,
        errorCount: counts.errors,
        warningCount: counts.warnings,
        diagnostics: file.diagnostics.map((d) => ({
          line: d.line,
          ...(d.column !== undefined ? { column: d.column } : {}),
          severity: d.severity,
          code: d.code,
          message: d.message,
        })),
      };
    }),
  };
  return `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
};
