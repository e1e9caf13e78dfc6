#!/usr/bin/env node
// Metamorphic checks: the same text laid out another way must give the same outline. No gold needed, so any folder
// of real documents serves (the README's Accuracy section quotes a run over the probe documents).
//
//   npm run build && node scripts/metamorphic.mjs DIR... [--verbose [--examples N]] [--lib dist/lib]
//
// Each check transforms every input it applies to and compares outlines (documents, numbers, nesting, titles; white
// space ignored). It prints, per check, how many documents came out differently and how many nodes were lost, and
// with --verbose the first differences of each.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const libDir = resolve(valueOf('--lib') ?? 'dist/lib');
/** How many differing documents --verbose shows per check. */
const examplesShown = Number(valueOf('--examples') ?? 5);
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--lib', '--examples'].includes(args[i - 1]));
if (dirs.length === 0 || !(examplesShown >= 0)) {
  console.error('usage: node scripts/metamorphic.mjs DIR... [--verbose [--examples N]] [--lib dist/lib]');
  process.exit(2);
}
const lib = await import(pathToFileURL(join(libDir, 'index.js')).href);
const { displayWidth } = await import(pathToFileURL(join(libDir, 'grammar/wrap.js')).href);

const squeeze = (s) => s.replace(/\s+/g, '');
/** Outline lines with the same characters made full-width as the full-width check's input (titles and markers). */
const toFullWidth = (line) => line.replace(/(^# |^\S+ )(.*)$/, (_, head, rest) => head + rest.replace(/[0-9A-Za-z.,:;()!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
/** Documents (title) and nodes (path, marker, title), one line each. */
function outline(documents) {
  const out = [];
  const walk = (nodes, path) => {
    for (const n of nodes) {
      out.push(`${path}/${n.number} ${squeeze(n.marker)} ${squeeze(n.title)}`);
      walk(n.children, `${path}/${n.number}`);
    }
  };
  for (const d of documents) {
    out.push(`# ${d.title === null ? '' : squeeze(d.title)}`);
    walk(d.children, '');
  }
  return out;
}

const inputs = [];
for (const dir of dirs)
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    try {
      const bytes = readFileSync(path);
      const result = lib.parse(bytes);
      inputs.push({ path, text: lib.decode(bytes).text, result, wrapped: result.diagnostics.some((d) => d.code === 'hard-wrap') });
    } catch {
      // not text: nothing to compare
    }
  }

/** Re-wraps clean text the way PDF extraction does: `width` characters a line, page furniture every `every` lines. */
function wrap(text, { width, every = 0, indent = false, page = 'dash', header = 'XX市教育局文件' }) {
  const out = [];
  let n = 1;
  let feed = false;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    const chars = Array.from((indent ? '\u3000\u3000' : '') + t);
    for (let i = 0; i < chars.length; i += width) {
      out.push((feed ? '\f' : '') + chars.slice(i, i + width).join(''));
      feed = false;
      if (every && out.length % every === 0) {
        if (page === 'dash') out.push(`- ${n} -`, header);
        else if (header) out.push(`\f${header}`);
        else feed = true;
        n++;
      }
    }
  }
  return out.join('\n') + '\n';
}

/**
 * Lays clean text out the way `pdftotext -layout` gives a page: the title centred in `width` display columns, each
 * paragraph's first line indented by four spaces, lines wrapped at `width` columns, a centred page number every 45.
 */
function layout(text, titleLine, width) {
  const out = [];
  let lines = 0;
  let page = 1;
  const count = () => {
    if (++lines % 45 === 0) out.push('', `${' '.repeat(width / 2 - 2)}- ${page++} -`, '');
  };
  text.split(/\r?\n/).forEach((line, index) => {
    const t = line.trim();
    if (!t) return void out.push('');
    if (index + 1 === titleLine) return void out.push(' '.repeat(Math.max(0, Math.floor((width - displayWidth(t)) / 2))) + t);
    let current = '    ';
    let used = 4;
    for (const ch of Array.from(t)) {
      const w = displayWidth(ch);
      if (used + w > width) {
        out.push(current);
        count();
        current = '';
        used = 0;
      }
      current += ch;
      used += w;
    }
    out.push(current);
    count();
  });
  return out.join('\n') + '\n';
}

/** Checks: `applies(input)` selects the inputs, `transform(input)` gives the text and the outline it must have. */
const checks = [
  ...[
    ['hard-wrapped at 36, a page number and a running header every 45 lines', { width: 36, every: 45 }],
    ['hard-wrapped at 30, every paragraph indented', { width: 30, indent: true }],
    ['hard-wrapped at 40, page furniture every 40 lines', { width: 40, every: 40 }],
    ['hard-wrapped at 36, each page starting with a form feed and a header', { width: 36, every: 40, page: 'feed' }],
  ].map(([name, options]) => ({
    name,
    applies: (x) => !x.wrapped,
    transform: (x) => ({ text: wrap(x.text, options), want: outline(x.result.documents) }),
  })),
  {
    name: 'laid out like pdftotext -layout: centred title, indented first lines, 60 columns',
    applies: (x) => !x.wrapped && x.result.documents.length === 1,
    transform: (x) => ({ text: layout(x.text, x.result.documents[0].title === null ? -1 : x.result.documents[0].line, 60), want: outline(x.result.documents) }),
  },
  {
    name: 'with full-width digits, letters and punctuation (Ｗｏｒｄ input)',
    applies: () => true,
    transform: (x) => ({
      text: x.text.replace(/[0-9A-Za-z.,:;()!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
      want: outline(x.result.documents).map(toFullWidth),
    }),
  },
  {
    name: 'double-spaced (a blank line after every line)',
    applies: () => true,
    transform: (x) => ({ text: x.text.split(/\r?\n/).join('\n\n'), want: outline(x.result.documents) }),
  },
  {
    name: 'without its one-line title (nodes only)',
    applies: (x) => x.result.documents.length === 1 && x.result.documents[0].title !== null && x.text.split(/\r?\n/)[x.result.documents[0].line - 1]?.trim() === x.result.documents[0].title.trim(),
    transform: (x) => {
      const lines = x.text.split(/\r?\n/);
      const at = x.result.documents[0].line;
      return { text: [...lines.slice(0, at - 1), ...lines.slice(at)].join('\n'), want: outline(x.result.documents).slice(1), nodesOnly: true };
    },
  },
  {
    name: 'a 目录 of its top-level headings (no page numbers) below its one-line title',
    applies: (x) => oneTitledDocument(x),
    transform: (x) => withToc(x, (n) => label(n)),
  },
  {
    name: 'the same 目录 with dotted leaders and page numbers',
    applies: (x) => oneTitledDocument(x),
    transform: (x) => withToc(x, (n, i) => `${label(n)}……………………${2 * i + 1}`),
  },
  {
    name: 'below a notice that forwards it',
    applies: (x) => x.result.documents.length === 1 && x.result.documents[0].title !== null && x.result.documents[0].title.length <= 40,
    transform: (x) => {
      const t = x.result.documents[0].title.trim();
      const notice = `XX市教育局关于印发《${t}》的通知\n各县（市、区）教育局：\n现将《${t}》印发给你们，请认真贯彻落实。\nXX市教育局\n2024年3月1日\n`;
      return { text: notice + x.text, want: [`# ${squeeze(`XX市教育局关于印发《${t}》的通知`)}`, ...outline(x.result.documents)] };
    },
  },
  {
    name: 'followed by another titled document in the same file',
    applies: (x) => !x.wrapped,
    transform: (x, i, all) => {
      const next = all[(i * 7 + 3) % all.length];
      if (next === x || next.wrapped || next.result.documents[0]?.title == null || next.result.documents[0].line > 3) return null;
      return { text: `${x.text.replace(/\s*$/, '')}\n${next.text}`, want: [...outline(x.result.documents), ...outline(next.result.documents)] };
    },
  },
];

/** A node's marker and title as a 目录 lists them: a marker without a delimiter (`1 总则`) keeps a space. */
function label(n) {
  return /[0-9A-Za-z]$/.test(n.marker) ? `${n.marker} ${n.title}` : `${n.marker}${n.title}`;
}

function oneTitledDocument(x) {
  const d = x.result.documents[0];
  return x.result.documents.length === 1 && d.title !== null && d.children.length >= 2 && d.toc.length === 0 && !x.wrapped && x.text.split(/\r?\n/)[d.line - 1]?.trim() === d.title.trim();
}

function withToc(x, entry) {
  const d = x.result.documents[0];
  const lines = x.text.split(/\r?\n/);
  return { text: [...lines.slice(0, d.line), '目　　录', ...d.children.map(entry), ...lines.slice(d.line)].join('\n'), want: outline(x.result.documents) };
}

const rows = [];
for (const check of checks) {
  let total = 0;
  let differ = 0;
  let lost = 0;
  const examples = [];
  const applicable = inputs.filter(check.applies);
  applicable.forEach((x, i) => {
    const case_ = check.transform(x, i, applicable);
    if (case_ === null) return;
    total++;
    const got = outline(lib.parse(case_.text).documents).filter((l) => !case_.nodesOnly || !l.startsWith('# '));
    if (got.join('\n') === case_.want.join('\n')) return;
    differ++;
    const have = new Set(got);
    const wanted = new Set(case_.want);
    const missing = case_.want.filter((l) => !have.has(l));
    lost += missing.filter((l) => !l.startsWith('# ')).length;
    if (verbose && examples.length < examplesShown)
      examples.push(`  ${x.path}\n${[...missing.slice(0, 2).map((l) => `    - ${l}`), ...got.filter((l) => !wanted.has(l)).slice(0, 2).map((l) => `    + ${l}`)].join('\n')}`);
  });
  rows.push([check.name, total, differ, lost]);
  if (verbose && examples.length > 0) console.log(`${check.name}:\n${examples.join('\n')}`);
}
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, total, differ, lost] of rows)
  console.log(`${name.padEnd(width)}  ${String(differ).padStart(4)} of ${String(total).padStart(4)} differ, ${lost} nodes lost`);
