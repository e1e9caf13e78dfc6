// Reporters for `check`: a map typed against the reporter-name union (commander's .choices() reads the names).
import type { Reporter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { github } from './github.js';
import { sarif } from './sarif.js';

export const reporterNames = ['stylish', 'json', 'github', 'sarif'] as const;
export type ReporterName = (typeof reporterNames)[number];

export const reporters: Record<ReporterName, Reporter> = { stylish, json, github, sarif };

export { countDiagnostics, plainStyle, type Counts, type FileReport, type ReportOptions, type Reporter, type RuleMeta, type Style } from './types.js';
