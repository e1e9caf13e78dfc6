// scripts/metamorphic.mjs on the samples: each of its layouts (re-wrapped, form feeds, pdftotext -layout, full-width,
// double-spaced, without the title, with a 目录, below a forwarding notice, followed by another document) gives the
// samples' own outlines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

it('every metamorphic check passes on the samples', () => {
  // The script reads the built library (npm ci builds it; a checkout without dist/ builds it here).
  if (!existsSync('dist/lib/index.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const out = execFileSync(process.execPath, ['scripts/metamorphic.mjs', 'seeds'], { encoding: 'utf8' });
  const rows = out.trim().split('\n');
  expect(rows.length).toBe(12);
  for (const row of rows) {
    const m = /(\d+) of +(\d+) differ, (\d+) nodes lost$/.exec(row);
    expect(m, row).not.toBeNull();
    expect(Number(m?.[2]), row).toBeGreaterThan(0);
    expect(Number(m?.[1]), row).toBe(0);
  }
}, 60_000);
