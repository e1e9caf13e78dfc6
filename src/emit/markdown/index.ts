// toMarkdown(result, { outlineOnly }): the outline as Markdown, written by remark-stringify from the mdast tree
// of to-mdast.ts (escaping is the serializer's job). The only importer of unified; the CLI loads it lazily.
import { unified } from 'unified';
import remarkStringify, { type Options } from 'remark-stringify';
import type { ParseResult } from '../../types.js';
import { toMdast, type MdastOptions } from './to-mdast.js';

export type MarkdownOptions = MdastOptions;

const stringifyOptions: Options = {
  bullet: '-',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
};

const processor = unified().use(remarkStringify, stringifyOptions).freeze();

export function toMarkdown(result: ParseResult, options: MarkdownOptions = {}): string {
  return processor.stringify(toMdast(result, options));
}
