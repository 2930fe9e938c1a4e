import type { PostmortemDocument } from '../model';
import type { TextEdit } from '../rules/rule';

/**
 * An edit that inserts whole lines before `line`, in the document's line endings, with a blank
 * line after them when the text that follows is not blank (a heading glued to a paragraph
 * reads as one block in some renderers).
 */
export function lineInsertion(document: PostmortemDocument, line: number, newLines: readonly string[]): TextEdit {
  const eol = document.eol;
  if (line >= document.lines.length) {
    const last = document.lines.length - 1;
    const end = { line: last, character: document.lines[last].length };
    const lead = document.lines[last].trim() ? eol + eol : '';
    return { range: { start: end, end }, newText: lead + newLines.join(eol) + eol };
  }
  const gap = document.lines[line].trim() ? eol : '';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: newLines.join(eol) + eol + gap };
}
