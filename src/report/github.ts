// github: GitHub Actions workflow commands, one annotation per diagnostic:
//   ::error file=docs/plan.txt,line=491,col=1,title=missing-delimiter::marker 27 has no delimiter after it
// Values are escaped as the Actions runner expects (% CR LF in messages; also : and , in properties).
import { type Reporter } from './types.js';
import { escapeControls } from './escape.js';

// Other control characters (ESC, NUL …) are written as `\u001b` first: a document's text never drives the log viewer
// or the terminal of whoever reads the output.
const escapeData = (s: string) => escapeControls(s, '\r\n').replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const github: Reporter = (results) => {
  const out: string[] = [];
  for (const file of results)
    for (const d of file.diagnostics) {
      const props = [`file=${escapeProperty(file.path)}`, `line=${d.line}`];
      if (d.column !== undefined) props.push(`col=${d.column}`);
      props.push(`title=${escapeProperty(d.code)}`);
      out.push(`::${command[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};
