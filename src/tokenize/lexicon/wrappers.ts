// Wrappers around a numbered heading: `**一、总体目标**` (Markdown bold left in text copied from an online editor),
// `__一、…__`, `【一、指导思想】` (an OA system's heading). The tokenizer reads the marker inside (the marker as written
// starts with the opener), the grammar leaves the closer out of the title, the Markdown emitter writes it back.

/** Each opener and the closer it needs later on the line. */
export const wrapperClosers: Readonly<Record<string, string>> = { '**': '**', __: '__', '【': '】' };

/** The opener a line's content (or a marker as written) starts with, '' when none. */
export function wrapperOpener(text: string): string {
  if (text.startsWith('**')) return '**';
  if (text.startsWith('__')) return '__';
  return text.charAt(0) === '【' ? '【' : '';
}

/** The closer a marker as written (`**一、`, `【一、`) needs, '' when it has no wrapper. */
export function wrapperCloser(marker: string): string {
  return wrapperClosers[wrapperOpener(marker)] ?? '';
}
