import type { Range } from '../model';

/** Splits text into lines on LF, CRLF or CR, as LSP clients count them. */
export function splitLines(text: string): string[] {
  // Splitting on a string is several times faster than on a pattern, and most text has no CR.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}


const NOT_SPACE = /\S/;
const SPACE = /\s/;

/**
 * Where a line's text starts and ends once trimmed, as `text.length - text.trimStart().length` and
 * `text.trimEnd().length` give them, without the two trimmed copies: asked once per timeline entry,
 * those copies were much of the garbage on documents of 100,000 entries. `\s` is the set `trim` removes.
 */
export function trimmedBounds(text: string): { start: number; end: number } {
  const first = text.search(NOT_SPACE);
  if (first < 0) return { start: text.length, end: 0 };
  let end = text.length;
  while (end > first && SPACE.test(text[end - 1])) end--;
  return { start: first, end };
}
