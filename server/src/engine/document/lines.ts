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

