import { expect, test } from 'vitest';
import { getExitCode } from '../../src/cli/exit-code.js';

test.each([
  [{ errors: 0, warnings: 0 }, {}, 0],
  [{ errors: 0, warnings: 5 }, {}, 0],
  [{ errors: 0, warnings: 5 }, { maxWarnings: 5 }, 0],
  [{ errors: 0, warnings: 6 }, { maxWarnings: 5 }, 1],
  [{ errors: 0, warnings: 1 }, { maxWarnings: 0 }, 1],
  [{ errors: 0, warnings: 9 }, { maxWarnings: -1 }, 0],
  [{ errors: 1, warnings: 0 }, {}, 1],
  [{ errors: 1, warnings: 0, failed: true }, {}, 2],
  [{ errors: 0, warnings: 0, failed: true }, { maxWarnings: 0 }, 2],
])('getExitCode(%j, %j) = %i', (summary, options, code) => {
  expect(getExitCode(summary, options)).toBe(code);
});
