import type { IncidentBound, MetadataField, TimeMention, TimelineEntry, UnreadableBound } from '../model';
import { normalizeTitle } from '../templates/normalize';
import { nextDay } from '../time/resolve';
import { isAftermath, isPrecondition, saysServiceBack } from './lifecycle';

const START_KEY = /^(?:incident |outage |impact |issue )?(?:start|started|begin|began|beginning)(?: time| date| date time| at)?$/;
const END_KEY = /^(?:incident |outage |impact |issue )?(?:end|ended|finish|finished|resolved|recovered|restored|resolution time|end date time)(?: time| date| at)?$/;
const RANGE_KEY = /^(?:duration|outage duration|incident duration|time ?frame|period|outage window|incident window|window|when|date time|date)$/;
const RANGE_JOIN = /^\s*(?:\(?[A-Z]{2,5}\)?\s*)?,?\s*(?:to|until|till|through|-|–|—|and|->|→|(?:and\s+)?(?:end(?:ed|ing|s)?|finish(?:ed|ing)?|resolv(?:ed|ing)|lasting until)(?:\s+(?:at|by))?)\s*$/i;

export interface Bounds {
  start?: IncidentBound;
  end?: IncidentBound;
  unreadable: UnreadableBound[];
}

/**
 * The incident's start and end: from fields that name them, else from a range in a duration
 * field ("9:00 AM to 9:15 AM UTC"), else from the timeline's lifecycle markers or its ends.
 */
export function findBounds(
  fields: readonly MetadataField[],
  lineText: (line: number) => string,
  timesByLine: ReadonlyMap<number, TimeMention[]>,
  timeline: readonly TimelineEntry[],
  summaryLines: readonly number[],
): Bounds {
  const bounds: Bounds = { unreadable: [] };
  for (const field of fields) {
    const key = normalizeTitle(field.key);
    const times = (timesByLine.get(field.line) ?? []).filter((t) => t.range.start.character >= field.valueRange.start.character);
    const isStart = START_KEY.test(key);
    const isEnd = END_KEY.test(key);
    if ((isStart || isEnd) && times.length === 0) {
      bounds.unreadable.push({ which: isStart ? 'start' : 'end', field });
      continue;
    }
    if (isStart) bounds.start ??= { time: times[0], source: 'field', line: field.line };
    else if (isEnd) bounds.end ??= { time: times[times.length - 1], source: 'field', line: field.line };
    else if (RANGE_KEY.test(key) && times.length >= 2 && isRange(lineText(field.line), times[0], times[1])) {
      bounds.start ??= { time: times[0], source: 'range', line: field.line };
      bounds.end ??= { time: times[1], source: 'range', line: field.line };
    }
  }
  // "The outage lasted 2 hours, from 10:00 AM to 12:00 PM (UTC)" in a summary or duration section.
  for (const line of summaryLines) {
    if (bounds.start && bounds.end) break;
    const times = timesByLine.get(line) ?? [];
    const at = times.findIndex((t, i) => i + 1 < times.length && isRange(lineText(line), t, times[i + 1]));
    if (at < 0) continue;
    bounds.start ??= { time: times[at], source: 'range', line };
    bounds.end ??= { time: times[at + 1], source: 'range', line };
  }
  fromTimeline(bounds, timeline);
  if (bounds.start && bounds.end) bounds.end = { ...bounds.end, time: afterMidnight(bounds.start.time, bounds.end.time) };
  return bounds;
}

function isRange(text: string, first: TimeMention, second: TimeMention): boolean {
  return RANGE_JOIN.test(text.slice(first.range.end.character, second.range.start.character));
}

/**
 * Bounds from the timeline, read as a reviewer reads it: the start is the "OUTAGE BEGINS" marker,
 * else the first entry as written that is not a change made before anything went wrong (a later
 * row written out of order is not the onset); the end is the first entry where the service came back, else
 * the last entry that is not aftermath (closing the incident, telling people, follow-up work).
 */
function fromTimeline(bounds: Bounds, timeline: readonly TimelineEntry[]): void {
  if (timeline.length === 0) return;
  if (!bounds.start && !bounds.unreadable.some((u) => u.which === 'start')) {
    const entry = timeline.find((e) => e.roles.includes('started')) ?? timeline.find((e) => !isPrecondition(e.text)) ?? timeline[0];
    bounds.start = { time: entry.time, source: 'timeline', line: entry.line };
  }
  if (!bounds.end && !bounds.unreadable.some((u) => u.which === 'end')) {
    const startMs = bounds.start?.time.epochMs ?? -Infinity;
    const after = timeline.filter((e) => e.time.epochMs > startMs);
    const entry = after.find((e) => saysServiceBack(e.text)) ?? [...after].reverse().find((e) => !isAftermath(e.text));
    if (entry) bounds.end = { time: entry.time, source: 'timeline', line: entry.line };
  }
}

/** "Start: 11:30 PM, End: 1:15 AM" ends the next day. */
function afterMidnight(start: TimeMention, end: TimeMention): TimeMention {
  if (end.hasDate || end.epochMs >= start.epochMs) return end;
  const moved = nextDay(end);
  return moved.epochMs > start.epochMs ? moved : end;
}
