// Colour for the stylish reporter: chalk, on when the output stream is a TTY and TERM is not `dumb`. FORCE_COLOR
// decides when it is set, as in chalk's supports-color: `0` or `false` turns colour off, any other value (empty
// included) on, off a TTY and with TERM=dumb too. NO_COLOR (any non-empty value) turns it off and wins over
// FORCE_COLOR. The reporters receive the result as a Style.
import type { Style } from '../report/types.js';
import { plainStyle } from '../report/types.js';

export interface ColorEnv {
  NO_COLOR?: string | undefined;
  FORCE_COLOR?: string | undefined;
  TERM?: string | undefined;
}

/** Whether to colour output written to a stream (pure). */
export function useColor(stream: { isTTY?: boolean }, env: ColorEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** A Style for `stream`: chalk's colours when colour is on, plain text otherwise (chalk is loaded only then). */
export async function createStyle(stream: { isTTY?: boolean }, env: ColorEnv): Promise<Style> {
  if (!useColor(stream, env)) return plainStyle;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
