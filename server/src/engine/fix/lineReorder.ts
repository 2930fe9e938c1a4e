import type { PostmortemDocument } from '../model';
import type { TextEdit } from '../rules/rule';

/**
 * One edit that moves whole lines between fixed slots: `sources[i]` is the line whose text goes
 * to `slots[i]`. Lines between the slots (blank lines of a loose list) stay where they are.
 */
export function lineReorder(document: PostmortemDocument, slots: readonly number[], sources: readonly number[]): TextEdit {
  const first = slots[0];
  const last = slots[slots.length - 1];
  const text: string[] = [];
  for (let line = first; line <= last; line++) {
    const slot = slots.indexOf(line);
    text.push(document.lines[slot >= 0 ? sources[slot] : line]);
  }
  return {
    range: { start: { line: first, character: 0 }, end: { line: last, character: document.lines[last].length } },
    newText: text.join(document.eol),
  };
}
