import { defineRule, type Finding } from '../define-rule.js';

/**
 * Text that belongs to no document: paragraphs before the first title (the grammar reports them, as it puts them in
 * the title's header), or after the outline, that form a "document" with no title, no table of contents and no outline
 * of its own. (A titled notice without an outline, and the
 * preamble of an untitled document that has an outline, are not orphans.)
 */
export const orphanText = defineRule({
  id: 'orphan-text',
  severity: 'warning',
  description: 'Text stands outside any document: before the first title or after the outline, with no title or outline of its own.',
  check(result) {
    // Prose above a file's first title, which the grammar puts in that title's header, it reports itself.
    const findings: Finding[] = result.diagnostics.filter((d) => d.code === 'orphan-text').map((d) => ({ line: d.line, message: d.message }));
    for (const document of result.documents) {
      if (document.title !== null || document.children.length > 0 || document.toc.length > 0) continue;
      if (document.preamble.trim() === '' && document.header.length === 0) continue;
      const lines = document.endLine > document.line ? `lines ${document.line}–${document.endLine}` : `line ${document.line}`;
      findings.push({ line: document.line, message: `text at ${lines} belongs to no title and no outline` });
    }
    return findings;
  },
});
