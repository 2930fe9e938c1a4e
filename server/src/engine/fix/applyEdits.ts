import type { Position } from '../model';
import type { TextEdit } from '../rules/rule';

/** Offsets of each line's start, so LSP positions (UTF-16) map to string indices. */
export function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) offsets.push(i + 1);
  }
  return offsets;
}

export function offsetAt(text: string, offsets: readonly number[], position: Position): number {
  if (position.line >= offsets.length) return text.length;
  const lineStart = offsets[position.line];
  const next = position.line + 1 < offsets.length ? offsets[position.line + 1] : text.length;
  let lineEnd = next;
  if (position.line + 1 < offsets.length) {
    lineEnd = text.charCodeAt(next - 2) === 13 && text.charCodeAt(next - 1) === 10 ? next - 2 : next - 1;
  }
  return Math.min(lineStart + position.character, lineEnd);
}

/**
 * Applies edits that do not overlap; an edit that overlaps one already taken is left for the next
 * pass, so a fix is never applied against text another fix has changed.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number; skipped: number } {
  const offsets = lineOffsets(text);
  const spans = edits
    .map((edit) => ({ start: offsetAt(text, offsets, edit.range.start), end: offsetAt(text, offsets, edit.range.end), newText: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof spans = [];
  let skipped = 0;
  for (const span of spans) {
    const last = taken[taken.length - 1];
    if (last && (span.start < last.end || (span.start === last.start && span.start !== span.end))) skipped++;
    else taken.push(span);
  }
  let result = '';
  let cursor = 0;
  for (const span of taken) {
    result += text.slice(cursor, span.start) + span.newText;
    cursor = span.end;
  }
  return { text: result + text.slice(cursor), applied: taken.length, skipped };
}
