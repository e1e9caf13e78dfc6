// Colour for the stylish reporter: chalk, on only when the output stream is a TTY; NO_COLOR (any non-empty value)
// turns it off, FORCE_COLOR (non-empty, not 0) turns it on. The reporters receive the result as a Style.
import type { Style } from '../report/types.js';
import { plainStyle } from '../report/types.js';

export interface ColorEnv {
  NO_COLOR?: string | undefined;
  FORCE_COLOR?: string | undefined;
}

/** Whether to colour output written to a stream (pure). */
export function useColor(stream: { isTTY?: boolean }, env: ColorEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}

/** A Style for `stream`: chalk's colours when colour is on, plain text otherwise (chalk is loaded only then). */
export async function createStyle(stream: { isTTY?: boolean }, env: ColorEnv): Promise<Style> {
  if (!useColor(stream, env)) return plainStyle;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
