import type { PostmortemDocument } from '../model';
import type { TextEdit } from '../rules/rule';
import { closingLine, lineEnding } from './openBlock';
import { keepLineBreak } from './loneCr';

/**
 * Inserts whole lines before `line` (or at the end of the document), keeping one blank line
 * between the new block and its neighbours when `separate` is set, and the document's line ending.
 */
export function insertLines(document: PostmortemDocument, line: number, block: readonly string[], separate = false): TextEdit {
  const { lines } = document;
  const eol = lineEnding(document);
  const blankBefore = separate && line > 0 && (lines[line - 1] ?? '').trim() !== '';
  const body = [...(blankBefore ? [''] : []), ...block];
  if (line < lines.length) {
    const blankAfter = separate && (lines[line] ?? '').trim() !== '';
    const text = [...body, ...(blankAfter ? [''] : [])].map((l) => l + eol).join('');
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: keepLineBreak(document, line, text) };
  }
  // Past the last line: append after its text, whether or not the file ends with a newline.
  const last = lines.length - 1;
  const endsWithNewline = lines[last] === '' && last > 0;
  const anchor = endsWithNewline ? last - 1 : last;
  const anchorBlank = (lines[anchor] ?? '').trim() === '';
  const close = closingLine(lines, document.frontMatter?.endLine);
  const lead = [...(separate && !anchorBlank ? [''] : []), ...(close === undefined ? [] : [close, ''])];
  const text = [...lead, ...block].map((l) => eol + l).join('');
  const position = { line: anchor, character: lines[anchor].length };
  return { range: { start: position, end: position }, newText: text };
}

/**
 * Whether the first line with text at or after `line` is indented: a block inserted before it
 * that ends in a list would take it in as the list's own (an indented heading included).
 */
export function textAfterIsIndented(lines: readonly string[], line: number): boolean {
  for (let i = line; i < lines.length; i++) if (lines[i].trim() !== '') return /^[ \t]/.test(lines[i]);
  return false;
}
