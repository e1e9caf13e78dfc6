// bin/load.cjs: the CLI bundle runs from its V8 code cache when the cache is of the same build, and runs all the
// same (compiled as usual) when the cache is missing, of another build, or not accepted by V8.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Loaded {
  exports: { main(): number; dir: string };
  script: { createCachedData(): Buffer };
  cacheFile: string | null;
  cacheUsed: boolean;
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const { loadCli, buildBanner, cacheFileOf } = createRequire(import.meta.url)('../../bin/load.cjs') as {
  loadCli(file?: string): Loaded;
  buildBanner(id: string): string;
  cacheFileOf(bundle: string, source: string): string | null;
};

const bundleText = (id: string) =>
  `${buildBanner(id)}'use strict';\nconst path = require('node:path');\nexports.main = () => 7;\nexports.dir = path.basename(__dirname);\n`;

describe('loadCli', () => {
  let dir: string;
  let bundle: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'plan-parse-load-'));
    bundle = path.join(dir, 'plan-parse.cjs');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a bundle without a cache as a CommonJS module (require, __dirname, exports)', () => {
    writeFileSync(bundle, bundleText('00000000aaaaaaaa'));
    const cli = loadCli(bundle);
    expect(cli.cacheUsed).toBe(false);
    expect(cli.cacheFile).toBe(path.join(dir, 'plan-parse.00000000aaaaaaaa.cache'));
    expect(cli.exports.main()).toBe(7);
    expect(cli.exports.dir).toBe(path.basename(dir));
  });

  it('uses the cache written for the same build', () => {
    writeFileSync(bundle, bundleText('00000000aaaaaaaa'));
    const first = loadCli(bundle);
    writeFileSync(first.cacheFile!, first.script.createCachedData());
    const second = loadCli(bundle);
    expect(second.cacheUsed).toBe(true);
    expect(second.exports.main()).toBe(7);
  });

  it('ignores the cache of another build, even for a bundle of the same length', () => {
    writeFileSync(bundle, bundleText('00000000bbbbbbbb'));
    const cli = loadCli(bundle);
    expect(cli.cacheFile).toBe(path.join(dir, 'plan-parse.00000000bbbbbbbb.cache'));
    expect(cli.cacheUsed).toBe(false);
    expect(cli.exports.main()).toBe(7);
  });

  it('compiles as usual when V8 rejects the cache (damaged bytes)', () => {
    writeFileSync(bundle, bundleText('00000000cccccccc'));
    writeFileSync(path.join(dir, 'plan-parse.00000000cccccccc.cache'), Buffer.alloc(64, 1));
    const cli = loadCli(bundle);
    expect(cli.cacheUsed).toBe(false);
    expect(cli.exports.main()).toBe(7);
  });

  it('has no cache file for a bundle without a build line', () => {
    writeFileSync(bundle, "exports.main = () => 7;\nexports.dir = '';\n");
    const cli = loadCli(bundle);
    expect(cli.cacheFile).toBeNull();
    expect(cli.cacheUsed).toBe(false);
  });
});

describe('the built CLI', () => {
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/cli/plan-parse.cjs'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  });

  it('starts from the code cache the build wrote (in a plain `node` process, as the bin runs)', () => {
    const used = execFileSync(process.execPath, ['-e', "process.stdout.write(String(require('./bin/load.cjs').loadCli().cacheUsed))"], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '' },
    }).toString();
    expect(used).toBe('true');
    const bundle = path.join(root, 'dist/cli/plan-parse.cjs');
    const cacheFile = cacheFileOf(bundle, readFileSync(bundle, 'utf8'));
    expect(cacheFile).not.toBeNull();
    expect(existsSync(cacheFile as string)).toBe(true);
  });
});
