import type { PostmortemDocument } from '../model';

/** The line breaks of documents that hold a CR, read once per document. */
const breaksBefore = new WeakMap<PostmortemDocument, string[]>();

/** The line break that ends each line but the last: `\n`, `\r\n` or a lone `\r`. */
function lineBreaks(document: PostmortemDocument): string[] {
  let breaks = breaksBefore.get(document);
  if (!breaks) {
    breaks = [];
    for (const m of document.text.matchAll(/\r\n|\r|\n/g)) breaks.push(m[0]);
    breaksBefore.set(document, breaks);
  }
  return breaks;
}

/**
 * Text inserted at the start of `line` as it will read: an LF written right after a lone CR would
 * join the two into one CRLF and take away the line break the edit meant to add (a blank line
 * that ends an HTML block above a new heading), so a CR goes first there.
 */
export function keepLineBreak(document: PostmortemDocument, line: number, text: string): string {
  if (line === 0 || !text.startsWith('\n') || !document.text.includes('\r')) return text;
  return lineBreaks(document)[line - 1] === '\r' ? '\r' + text : text;
}
