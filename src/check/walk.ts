// Helpers shared by the check rules: walking documents and nodes, and reading a marker's form off `marker` as written.
// Rules import this module and types only, never each other.
import type { MarkerStyle, OutlineNode, ParseResult, PlanDocument } from '../types.js';
import { delimiterKind } from '../tokenize/lexicon/chars.js';

export interface Visit {
  node: OutlineNode;
  parent: OutlineNode | null;
  document: PlanDocument;
  /** Index of the node among its parent's children (or the document's roots). */
  index: number;
  siblings: readonly OutlineNode[];
}

/**
 * Analyses shared by the rules of one `check()` run (the node list, the numbering findings), kept per analysis and
 * per object for as long as the run lasts. Module-level WeakMaps did this before: their entries kept every checked
 * result alive through young-generation collections, so the whole tree of each file was promoted to the old heap
 * (70 MB per 1,500 files) and about a seventh of parse time went to garbage collection.
 */
let runMemo: Map<(key: never) => unknown, Map<object, unknown>> | null = null;

/** Runs `fn` with a fresh memo for `memoise` (what `check()` does around its rules); the memo is dropped after. */
export function withMemo<T>(fn: () => T): T {
  const outer = runMemo;
  runMemo = new Map();
  try {
    return fn();
  } finally {
    runMemo = outer;
  }
}

/** `analyse(key)`, computed once per key within a `withMemo` run; outside a run (a rule called alone), each time. */
export function memoise<K extends object, V>(analyse: (key: K) => V, key: K): V {
  if (runMemo === null) return analyse(key);
  let byKey = runMemo.get(analyse);
  if (byKey === undefined) runMemo.set(analyse, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as V;
  const value = analyse(key);
  byKey.set(key, value);
  return value;
}

/** Every node of every document in document order (pre-order); computed once per `check()` run and shared by the rules. */
export function nodes(result: ParseResult): readonly Visit[] {
  return memoise(visitsOfResult, result);
}

function visitsOfResult(result: ParseResult): readonly Visit[] {
  if (result.documents.length === 1) return nodesOf(result.documents[0] as PlanDocument);
  const visits: Visit[] = [];
  for (const document of result.documents) for (const visit of nodesOf(document)) visits.push(visit);
  return visits;
}

/** Every node of one document in document order (pre-order), computed once per document and run. */
export function nodesOf(document: PlanDocument): readonly Visit[] {
  return memoise(visitsOfDocument, document);
}

function visitsOfDocument(document: PlanDocument): readonly Visit[] {
  const visits: Visit[] = [];
  const stack: { list: readonly OutlineNode[]; parent: OutlineNode | null; i: number }[] = [
    { list: document.children, parent: null, i: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (top.i >= top.list.length) {
      stack.pop();
      continue;
    }
    const index = top.i++;
    const node = top.list[index] as OutlineNode;
    visits.push({ node, parent: top.parent, document, index, siblings: top.list });
    if (node.children.length > 0) stack.push({ list: node.children, parent: node, i: 0 });
  }
  return visits;
}

/** Styles that are paragraph markers or bullets rather than numbered levels. */
export const unnumberedLevels: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['shi', 'ordinal', 'bullet']);

/**
 * A node's style identity; decimal markers nest by their number of components (`1.2` → decimal:2), and an arabic list
 * among `sublevels` (`sublevelsOf`) is a level of its own (`arabic-sub`), as the grammar nests it.
 */
export function styleKey(node: OutlineNode, sublevels?: ReadonlySet<OutlineNode>): string {
  if (node.style === 'arabic' && sublevels !== undefined && sublevels.has(node)) return 'arabic-sub';
  if (node.style !== 'decimal') return node.style;
  const marker = node.marker;
  let parts = 1;
  // Every dot but a trailing one separates two components.
  for (let i = 0; i < marker.length - 1; i++) {
    const c = marker.charCodeAt(i);
    if (c === 0x2e || c === 0xff0e) parts++;
  }
  return decimalKeys[parts] ?? `decimal:${parts}`;
}

const decimalKeys = ['', 'decimal:1', 'decimal:2', 'decimal:3', 'decimal:4', 'decimal:5', 'decimal:6'];

/**
 * The arabic items of a document listed under a bracketed item of an arabic list written with the other delimiter
 * (`1、` / `（1）` / `1.`, or `1.` / `（1）` / `1、`): a level below both, where the grammar put them (outline.ts
 * `asSublist`); computed once per document and run.
 */
export function sublevelsOf(document: PlanDocument): ReadonlySet<OutlineNode> {
  return memoise(findSublevels, document);
}

function findSublevels(document: PlanDocument): ReadonlySet<OutlineNode> {
  const found = new Set<OutlineNode>();
  // (The parents of bracketed items only: the one place a sublist's grandparent is asked for.)
  const parentOf = new Map<OutlineNode, OutlineNode | null>();
  for (const { node, parent } of nodesOf(document)) {
    if (node.style === 'arabic-paren') parentOf.set(node, parent);
    if (node.style !== 'arabic' || parent === null || parent.style !== 'arabic-paren') continue;
    const above = parentOf.get(parent) ?? null;
    if (above === null || above.style !== 'arabic') continue;
    const own = delimiterKind(node.marker);
    const other = delimiterKind(above.marker);
    if (own !== 0 && other !== 0 && other !== own) found.add(node);
  }
  return found;
}

/** Punctuation that may surround a marker's numeral, with its half-width fold. */
const markerPunctuation: Record<string, string> = {
  '.': '.', '．': '.', '、': '、', ',': ',', '，': ',', ':': ':', '：': ':', ';': ';', '；': ';',
  '(': '(', '（': '(', ')': ')', '）': ')', '〔': '〔', '〕': '〕', '【': '【', '】': '】', '[': '[', ']': ']', '［': '[', '］': ']',
};
const fullWidthPunctuation = new Set(['．', '，', '：', '；', '（', '）', '［', '］']);
const halfWidthPunctuation = new Set(['.', ',', ':', ';', '(', ')', '[', ']']);

export interface MarkerForm {
  /** The punctuation around the numeral as written (`（）`, `.`, `、`); empty when there is none. */
  punctuation: string;
  /** The same with full-width punctuation folded to half-width (`（）` → `()`, `．` → `.`). */
  delimiter: string;
  /** Full- or half-width punctuation (`none` when it has neither, as in `一、` or `①`). */
  width: 'full' | 'half' | 'none';
}

/** Forms already computed: a document writes a handful of distinct markers, each many times. */
const forms = new Map<string, MarkerForm>();

/** The form of a marker as written: its punctuation, folded delimiter and width (memoised, read-only). */
export function markerForm(marker: string): Readonly<MarkerForm> {
  let form = forms.get(marker);
  if (form === undefined) {
    // Bounded: markers are short, but a stream of distinct ones must not grow the cache without end.
    if (forms.size >= 4096) forms.clear();
    forms.set(marker, (form = computeMarkerForm(marker)));
  }
  return form;
}

function computeMarkerForm(marker: string): MarkerForm {
  let punctuation = '';
  let delimiter = '';
  let full = false;
  let half = false;
  for (const c of marker) {
    const folded = markerPunctuation[c];
    if (folded === undefined) continue;
    punctuation += c;
    delimiter += folded;
    if (fullWidthPunctuation.has(c)) full = true;
    else if (halfWidthPunctuation.has(c)) half = true;
  }
  return { punctuation, delimiter, width: full ? 'full' : half ? 'half' : 'none' };
}

/** Styles written as a numeral plus punctuation, where the punctuation is the delimiter (`1.`, `一、`, `（1）`). */
export const delimitedStyles: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>([
  'han', 'han-paren', 'roman', 'latin-upper', 'arabic', 'arabic-paren', 'arabic-half-paren', 'latin-lower',
]);

/** Styles whose marker with no punctuation at all has lost its delimiter (`27构建…`), as opposed to `⑴` or `㈠`. */
export const needsDelimiter: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['han', 'roman', 'latin-upper', 'arabic', 'latin-lower']);

/** `（一）` / `1.`: the marker as the user wrote it, for messages. */
export const show = (node: OutlineNode): string => node.marker;

/** A node written in a form other than its style's usual one in the document, with an example of the usual form. */
export interface Deviation<T> {
  node: OutlineNode;
  form: T;
  norm: T;
  example: OutlineNode;
}

/**
 * Per document and style, the most frequent form (`formOf` returns null for nodes that do not take part) is the
 * norm; every node written in another form is returned with an example of the norm.
 */
export function deviations<T>(document: PlanDocument, formOf: (node: OutlineNode) => T | null): Deviation<T>[] {
  /** Per style: its nodes and their forms (parallel), and how often each form occurs (in order of first use). */
  const byStyle = new Map<string, { nodes: OutlineNode[]; forms: T[]; counts: Map<T, number> }>();
  const sublevels = sublevelsOf(document);
  for (const { node } of nodesOf(document)) {
    const form = formOf(node);
    if (form === null) continue;
    const key = styleKey(node, sublevels);
    let group = byStyle.get(key);
    if (group === undefined) byStyle.set(key, (group = { nodes: [], forms: [], counts: new Map() }));
    group.nodes.push(node);
    group.forms.push(form);
    group.counts.set(form, (group.counts.get(form) ?? 0) + 1);
  }
  const out: Deviation<T>[] = [];
  for (const { nodes, forms, counts } of byStyle.values()) {
    if (counts.size < 2) continue; // one form: nothing deviates
    // The norm is the most frequent form; on a tie, the one used first.
    let norm = forms[0] as T;
    let normCount = 0;
    for (const [form, count] of counts)
      if (count > normCount) {
        norm = form;
        normCount = count;
      }
    const example = nodes[forms.indexOf(norm)] as OutlineNode;
    for (let i = 0; i < nodes.length; i++) if (forms[i] !== norm) out.push({ node: nodes[i] as OutlineNode, form: forms[i] as T, norm, example });
  }
  return out;
}
