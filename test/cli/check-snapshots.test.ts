// CLI snapshots of `plan-parse check` as a user sees it (attw's shape): one Markdown file per invocation in
// test/cli-snapshots/check-<name>.md holding the command, stdout, stderr (colour off) and `Exit code: N`.
// UPDATE=1 rewrites them; read the diff.
import path from 'node:path';
import { test } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { root, run } from './check-helpers.js';

const invocations: Record<string, string[]> = {
  'seeds-stylish': ['check', 'seeds'],
  'seeds-quiet': ['check', 'seeds', '--quiet'],
  'gap-github': ['check', 'fixtures/check/numbering-gap/fires.txt', '--reporter', 'github'],
  'width-max-warnings': ['check', 'fixtures/check/mixed-width/fires.txt', '--max-warnings', '0'],
  'unreadable-and-binary': ['check', 'fixtures/check/mixed-width/clean.txt', 'fixtures/check/not-text/fires.txt', 'fixtures/check/no-such-file.txt'],
  'clean-json': ['check', 'fixtures/check/toc-mismatch/clean.txt', '--reporter', 'json'],
  'bad-reporter': ['check', 'seeds', '--reporter', 'xml'],
  'empty-glob': ['check', 'fixtures/check/**/*.docx'],
};

function block(text: string): string {
  return text === '' ? '(empty)\n' : `\`\`\`\n${text}${text.endsWith('\n') ? '' : '\n'}\`\`\`\n`;
}

for (const [name, args] of Object.entries(invocations)) {
  test(`check-${name}`, async () => {
    const { code, stdout, stderr } = await run(args, { cwd: root, env: { NO_COLOR: '1' } });
    const command = ['plan-parse', ...args.map((a) => (/[*\s]/.test(a) ? `'${a}'` : a))].join(' ');
    const md = `# ${command}\n\n## stdout\n\n${block(stdout)}\n## stderr\n\n${block(stderr)}\nExit code: ${code}\n`;
    expectGolden(path.join(root, 'test/cli-snapshots', `check-${name}.md`), md);
  });
}
