// Placeholder until the Markdown emitter lands.
import type { ParseResult } from '../../types.js';

export function toMarkdown(_result: ParseResult, _options: { outlineOnly?: boolean } = {}): string {
  throw new Error('Markdown output is not implemented yet');
}
