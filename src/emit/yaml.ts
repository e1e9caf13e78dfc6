// toYAML(result): the same data as the JSON contract, as YAML. The only importer of js-yaml.
import { dump } from 'js-yaml';
import type { ParseResult } from '../types.js';
import { toContract } from './json.js';

export function toYAML(result: ParseResult): string {
  return dump(toContract(result), { lineWidth: -1, noRefs: true });
}
