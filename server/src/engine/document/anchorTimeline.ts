import type { IncidentBound, TimelineEntry } from '../model';
import { shiftDays } from '../time/resolve';

const HALF_DAY_MS = 12 * 3600_000;

/**
 * Times written without a date take the last date above them, which is the end's date when
 * "Start: March 11, 11:30 PM" and "End: March 12, 1:15 AM" head the document: a timeline at
 * 23:40 would then read a day late. Once the start and end are known from the document's own
 * statement, a dateless entry far outside that window moves a day, when that brings it more
 * than half a day nearer; times inside or near the window stay as they are.
 */
export function anchorTimeline(timeline: TimelineEntry[], start: IncidentBound | undefined, end: IncidentBound | undefined): TimelineEntry[] {
  const stated = (b: IncidentBound | undefined) => (b && b.source !== 'timeline' ? b.time.epochMs : undefined);
  const from = stated(start) ?? stated(end);
  const to = stated(end) ?? stated(start);
  if (from === undefined || to === undefined || to < from) return timeline;
  const distance = (ms: number) => (ms < from ? from - ms : ms > to ? ms - to : 0);
  const statedLine = Math.max(...[start, end].map((b) => (b && b.source !== 'timeline' ? b.line : -1)));
  const movable = takesStatedDate(statedLine);
  const storyShift = daysBackToStart(timeline, start, end, movable);
  let moved = storyShift !== 0;
  const anchored = timeline.map((entry) => {
    if (!movable(entry)) return entry;
    if (storyShift) return { ...entry, time: shiftDays(entry.time, -storyShift) };
    const here = distance(entry.time.epochMs);
    if (here <= HALF_DAY_MS) return entry;
    for (const days of [-1, 1]) {
      const time = shiftDays(entry.time, days);
      if (distance(time.epochMs) + HALF_DAY_MS < here) {
        moved = true;
        return { ...entry, time };
      }
    }
    return entry;
  });
  // The same array when nothing moved, so callers can tell.
  return moved ? anchored : timeline;
}

const DAY_MS = 24 * 3600_000;

/**
 * Times with no date of their own, that may have taken the start's or the end's. One under a day
 * heading written below those ("### 2022-04-20") took the heading's: the writer placed it, and it stays.
 */
function takesStatedDate(statedLine: number): (entry: TimelineEntry) => boolean {
  return (entry) => !entry.time.hasDate && !entry.time.floating && !((entry.time.dayLine ?? -1) > statedLine);
}

/**
 * "Start Time: 2024-08-11, 01:00 PM" and "End Time: 2024-08-15, 02:30 PM" above a timeline of
 * bare times: the times took the end's date, the last one above them, but the story starts at the
 * start. When the timeline opens on the end's day, days after a dated start, its dateless entries
 * go back to the start's day.
 */
function daysBackToStart(timeline: readonly TimelineEntry[], start: IncidentBound | undefined, end: IncidentBound | undefined, movable: (entry: TimelineEntry) => boolean): number {
  const first = timeline.find(movable);
  if (!first || !start?.time.hasDate || !end?.time.hasDate || start.source === 'timeline') return 0;
  const day = (iso: string) => iso.slice(0, 10);
  if (day(first.time.iso) !== day(end.time.iso) || day(start.time.iso) === day(end.time.iso)) return 0;
  const days = Math.round((first.time.epochMs - start.time.epochMs) / DAY_MS);
  return days > 0 ? days : 0;
}
