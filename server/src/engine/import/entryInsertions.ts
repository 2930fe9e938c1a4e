import type { LintResult } from '../lint';
import type { TimelineEntry } from '../model';
import type { TextEdit } from '../rules/rule';
import { entryUnits } from '../fix/sortTimeline';
import { insertLines } from '../fix/insertLines';
import { entryLine, formatLike, needsDate, timelineZone } from '../authoring/timelineEntry';
import type { PlacedEvent } from './placeEvents';

export interface EntryInsertions {
  /** Each new entry's line as written, in time order. */
  lines: string[];
  /** One insertion per place in the timeline, all made against the same reading of the document. */
  edits: TextEdit[];
}

/**
 * New entries for a timeline that has entries, each placed after the latest entry not later than
 * it (else before the earliest) and written like that neighbour. Every place is found in the one
 * reading of the document: reading it again after each entry made an import of n lines cost n
 * parses of a growing document.
 */
export function entryInsertions(result: LintResult, events: readonly PlacedEvent[], defaultZone: string | undefined): EntryInsertions {
  const { document } = result;
  const byTime = [...document.timeline].sort((a, b) => a.time.epochMs - b.time.epochMs || a.line - b.line);
  const lastLine = new Map(entryUnits(document).map((unit) => [unit.entry, unit.last]));
  const zone = timelineZone(result, defaultZone);
  const groups = new Map<number, string[]>();
  const lines: string[] = [];
  for (const event of [...events].sort((a, b) => a.epochMs - b.epochMs)) {
    const anchor = byTime[latestNotAfter(byTime, event.epochMs)];
    const neighbour = anchor ?? byTime[0];
    const time = formatLike(neighbour.time, event.epochMs, zone, needsDate(neighbour, event.epochMs, zone));
    const line = entryLine(neighbour, document.lines[neighbour.line], time, event.text);
    const at = anchor ? lastLine.get(anchor)! + 1 : neighbour.line;
    const group = groups.get(at) ?? [];
    group.push(line);
    groups.set(at, group);
    lines.push(line);
  }
  return { lines, edits: [...groups].map(([at, block]) => insertLines(document, at, block)) };
}

/** The index of the last entry at or before `epochMs` in entries sorted by time; -1 when none is. */
function latestNotAfter(byTime: readonly TimelineEntry[], epochMs: number): number {
  let low = 0;
  let high = byTime.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (byTime[middle].time.epochMs <= epochMs) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
