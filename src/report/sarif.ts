// sarif: a SARIF 2.1.0 log (code-scanning pages). One run; the tool's rules are every check rule; each diagnostic is
// a result with its file (a relative URI reference, forward slashes, percent-encoded) and region.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../types.js';
import type { Reporter } from './types.js';
import { escapeJsonControls } from './escape.js';

const level: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

function toUri(path: string): string {
  return encodeURI(path.replaceAll('\\', '/')).replaceAll('#', '%23').replaceAll('?', '%3F');
}

export const sarif: Reporter = (results, { rules = {}, version }) => {
  const ruleIds = Object.keys(rules);
  const descriptors: ReportingDescriptor[] = ruleIds.map((id) => ({
    id,
    shortDescription: { text: (rules[id] as { description: string }).description },
    defaultConfiguration: { level: level[(rules[id] as { severity: Severity }).severity] },
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'plan-parse', ...(version ? { version } : {}), rules: descriptors } },
        results: results.flatMap((file) =>
          file.diagnostics.map((d): Result => {
            const index = ruleIds.indexOf(d.code);
            return {
              ruleId: d.code,
              ...(index >= 0 ? { ruleIndex: index } : {}),
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
