// Control characters from documents (an ESC sequence in a heading, a NUL) must not reach the terminal through a
// report: the text reporters write them as `\u001b`-style escapes, and the JSON reporters write DEL and C1 escaped
// too (JSON.stringify escapes C0 only). Pure.

const controls = /[\u0000-\u001f\u007f-\u009f]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with C0 controls, DEL and C1 controls written as `\u001b`; the characters in `keep` are left as they are. */
export function escapeControls(text: string, keep = ''): string {
  controls.lastIndex = 0;
  if (!controls.test(text)) return text;
  return text.replace(controls, (c) => (keep.includes(c) ? c : escape(c)));
}

/**
 * JSON text with DEL and C1 controls escaped as well (`\u009b`): the same JSON value, safe to show on a terminal.
 * Only strings can hold these characters in JSON text, so the replacement never touches its structure.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, escape);
}
