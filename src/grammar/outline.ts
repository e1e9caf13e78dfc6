// The outline of one document: a stack of open marker styles. The depth of a style comes from the order in
// which styles open inside the document, not from a fixed table: a style already open closes everything
// below it and its node becomes a sibling; a style not open nests under the deepest open node.
import type { Marker, OutlineNode } from '../types.js';

/** A style's identity in the stack; decimal markers nest by their number of components. */
export function styleKey(marker: Marker): string {
  return marker.style === 'decimal' ? `decimal:${marker.path.length}` : marker.style;
}

export interface OpenLevel {
  key: string;
  node: OutlineNode;
}

export interface Outline {
  roots: OutlineNode[];
  stack: OpenLevel[];
  /** The last number each style reached in this document (numbering that runs on across sections). */
  lastNumber: Map<string, number>;
  /** The node that body paragraphs currently attach to. */
  current: OutlineNode | null;
}

export function createOutline(): Outline {
  return { roots: [], stack: [], lastNumber: new Map(), current: null };
}

/** Where a marker of `key` would go: the stack depth it takes (0-based). */
export function levelFor(outline: Outline, key: string): number {
  const at = outline.stack.findIndex((l) => l.key === key);
  return at >= 0 ? at : outline.stack.length;
}

/** The number a marker of `key` would continue from under its parent (0 when it would start a list). */
export function previousNumber(outline: Outline, key: string): number {
  const at = outline.stack.findIndex((l) => l.key === key);
  return at >= 0 ? (outline.stack[at] as OpenLevel).node.number : 0;
}

/**
 * Whether a weak marker (delimiter missing or a space) is the one the numbering expects: the next number of
 * its style under the same parent, the next number of a list that runs on across sections, or a 1 that
 * directly follows the marker of its parent.
 */
export function isExpected(outline: Outline, marker: Marker, directlyAfterMarker: boolean): boolean {
  const key = styleKey(marker);
  const open = outline.stack.some((l) => l.key === key);
  if (open) return marker.number === previousNumber(outline, key) + 1;
  const running = outline.lastNumber.get(key);
  if (running !== undefined && marker.number === running + 1) return true;
  return marker.number === 1 && directlyAfterMarker;
}

/** Adds a node for `marker` and returns it. */
export function place(outline: Outline, marker: Marker, node: Omit<OutlineNode, 'depth' | 'children'>): OutlineNode {
  const key = styleKey(marker);
  const level = levelFor(outline, key);
  const previous = outline.stack[level]?.key === key ? outline.stack[level]?.node : undefined;
  outline.stack.length = level;
  const parent = outline.stack[level - 1]?.node;
  const full: OutlineNode = { ...node, depth: level + 1, children: [] };
  // Bullets and unnumbered headings carry no number: they count among their siblings of the same style.
  if (marker.number === 0) full.number = previous ? previous.number + 1 : 1;
  (parent ? parent.children : outline.roots).push(full);
  outline.stack.push({ key, node: full });
  outline.lastNumber.set(key, full.number);
  outline.current = full;
  return full;
}

/** The stack keys that would be open after placing a marker of `key` (for the 一是 look-ahead). */
export function keysAfter(outline: Outline, key: string): Set<string> {
  const level = levelFor(outline, key);
  return new Set([...outline.stack.slice(0, level).map((l) => l.key), key]);
}
