import type { Position, Range } from 'vscode-languageserver';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `position` is inside `range`, ends included (a cursor just after a word is on it). */
export function containsPosition(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Lines `from` to `to` (inclusive), the last one to its end. */
export function linesRange(lines: readonly string[], from: number, to: number): Range {
  return { start: { line: from, character: 0 }, end: { line: to, character: lines[to]?.length ?? 0 } };
}
