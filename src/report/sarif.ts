// sarif: a SARIF 2.1.0 log (code-scanning pages). One run; the tool's rules are every check rule, and after them any
// other code a result carries (`read-error`, which check reports for a file it cannot read), so that every result's
// ruleId has a descriptor and a ruleIndex. Each diagnostic is a result with its file and region. The file is a URI
// reference: a relative path with forward slashes, each segment percent-encoded (`x:y.txt` → `x%3Ay.txt`, which would
// otherwise read as the scheme `x:`); an absolute path becomes a `file:` URI.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../types.js';
import type { Reporter } from './types.js';
import { escapeJsonControls } from './escape.js';

const level: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a URI reference (see the header). */
export function toUri(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  if (slashed.startsWith('/')) return `file://${encoded}`;
  // A Windows drive path (C:/plans/a.txt): the drive's colon stays, as in file:///C:/plans/a.txt.
  const drive = /^[A-Za-z]:\//.exec(slashed);
  if (drive) return `file:///${slashed.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`;
  return encoded;
}

export const sarif: Reporter = (results, { rules = {}, version }) => {
  const ruleIds = Object.keys(rules);
  const descriptors: ReportingDescriptor[] = ruleIds.map((id) => ({
    id,
    shortDescription: { text: (rules[id] as { description: string }).description },
    defaultConfiguration: { level: level[(rules[id] as { severity: Severity }).severity] },
  }));
  // Codes that are not rules (read-error): a descriptor each, in order of first appearance.
  for (const file of results)
    for (const d of file.diagnostics)
      if (!ruleIds.includes(d.code)) {
        ruleIds.push(d.code);
        descriptors.push({ id: d.code, defaultConfiguration: { level: level[d.severity] } });
      }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan-parse', ...(version ? { version } : {}), rules: descriptors } },
        results: results.flatMap((file) =>
          file.diagnostics.map((d): Result => {
            return {
              ruleId: d.code,
              ruleIndex: ruleIds.indexOf(d.code),
              level: level[d.severity],
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: toUri(file.path) },
                    region: { startLine: d.line, ...(d.column !== undefined ? { startColumn: d.column } : {}) },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
};
