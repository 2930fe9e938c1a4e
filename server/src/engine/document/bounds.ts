import type { IncidentBound, MetadataField, TimeMention, TimelineEntry, UnreadableBound } from '../model';
import { normalizeTitle } from '../templates/normalize';
import { nextDay, shiftDays, shiftHours } from '../time/resolve';
import { closesIncident, endStrength, isAftermath, isPrecondition } from './lifecycle';
import { atUntilOverLines, endedLater, endingEvent, fullRecovery, isAtUntil, statedOnset, tookEffectLate } from './statedTimes';

const START_KEY = /^(?:incident |outage |impact |issue )?(?:start|started|begin|began|beginning)(?: time| date| date time| at)?$/;
const END_KEY = /^(?:incident |outage |impact |issue )?(?:end|ended|finish|finished|resolved|recovered|restored|resolution time|end date time)(?: time| date| at)?$/;
/** Keys whose value may be a window ("Total impact duration: 5 h (10:45 - 16:11 UTC)", "When: ..."). */
const RANGE_KEY = /\b(?:duration|time ?frame|period|window|when|date|dates|downtime)\b/;
// Bold or italic times ("**Jun 26, 2023 6:00 AM** to **Jun 28 ...**") keep their markup around the join.
const RANGE_JOIN = /^[*_`]*\s*(?:\(?[A-Z]{1,5}\)?\s*)?,?\s*(?:to|until|till|through|-|--|–|—|~|and|->|→|(?:and\s+)?(?:end(?:ed|ing|s)?|finish(?:ed|ing)?|resolv(?:ed|ing)|lasting until)(?:\s+(?:at|by))?)\s*(?:approximately|about|around|roughly|~)?\s*[*_`]*$/i;

export interface Bounds {
  start?: IncidentBound;
  end?: IncidentBound;
  unreadable: UnreadableBound[];
  /** The window spans several incidents, each stated on its own: it has no one length. */
  spansSeveral?: boolean;
}

/** What the start and end are read from. */
export interface BoundSources {
  fields: readonly MetadataField[];
  lineText: (line: number) => string;
  timesByLine: ReadonlyMap<number, TimeMention[]>;
  timeline: readonly TimelineEntry[];
  /** Summary, duration, impact and intro lines, where a window is stated in a sentence. */
  statementLines: readonly number[];
  /** The timeline opens with days before its first time ("2024-03-04 — repository made public"). */
  onsetBeforeTimes: boolean;
  /** How long the document says the incident lasted, in minutes, if it says so. */
  statedMinutes?: number;
  /** The timeline is the prose's sentences with times: its last one is no end unless it says so. */
  told?: boolean;
}

/** Stated starts (or ends) further apart than this contradict each other. */
const AGREEMENT_MS = 5 * 60_000;

/**
 * The incident's start and end: from fields that name them, or a range in a duration field or a
 * summary sentence ("9:00 AM to 9:15 AM UTC"), else from the timeline's lifecycle markers or its
 * ends. Where the document states two starts that disagree (a field and its own summary), it has
 * no start a reader can trust, and none is given; likewise for the end. The summary can still
 * move them: a full recovery after the stated window ends it later, an onset before the timeline
 * opens starts it earlier, and a stated length points at the row it was measured from.
 */
export function findBounds(sources: BoundSources): Bounds {
  const { fields, lineText, timesByLine, timeline, statementLines } = sources;
  const bounds: Bounds = { unreadable: [] };
  const stated: Stated = { start: [], end: [], storyOpens: timeline[0]?.time.epochMs };
  for (const field of fields) {
    // "Start Time (UTC)" is a start time; the zone in brackets is read with the times.
    const key = normalizeTitle(field.key.replace(/\([^)]*\)/g, ''));
    // The times in the field's value, found by position rather than filtered per field: a table
    // row of 30,000 cells is 30,000 fields on one line of 15,000 times.
    const onLine = timesByLine.get(field.line) ?? [];
    const from = firstAtOrAfter(onLine, field.valueRange.start.character);
    const count = onLine.length - from;
    const isStart = START_KEY.test(key);
    const isEnd = END_KEY.test(key);
    if ((isStart || isEnd) && count === 0) {
      // A table's cell is no written label: "| Start | TBD |" is not a start to fix.
      if (field.source !== 'table') bounds.unreadable.push({ which: isStart ? 'start' : 'end', field });
      continue;
    }
    const [first, second, last] = [onLine[from], onLine[from + 1], onLine[onLine.length - 1]];
    if (isStart && count >= 2 && endLabelBetween(lineText(field.line), first, second)) addWindow(stated, first, second, field.line, field.line);
    else if (isStart) stated.start.push({ time: first, source: 'field', line: field.line });
    else if (isEnd) stated.end.push({ time: last, source: 'field', line: field.line });
    else if (RANGE_KEY.test(key) && count >= 2 && isRange(lineText(field.line), first, second)) {
      addWindow(stated, first, second, field.line, field.line);
    }
  }
  // "The outage lasted 2 hours, from 10:00 AM to 12:00 PM (UTC)" in a summary or duration section;
  // "At 3:00 PM the update was due ... delayed until 5:01 PM".
  // The statement lines that hold a time, picked once: every reading of a stated time below needs
  // one, and a document of 400,000 untitled lines has that many statement lines and hardly a time.
  const timed = statementLines.filter((line) => timesByLine.get(line)?.length);
  for (const line of timed) {
    const times = timesByLine.get(line);
    // A range needs two times; most summary lines have none.
    if (!times || times.length < 2) continue;
    const text = lineText(line);
    const at = times.findIndex((t, i) => i + 1 < times.length && (isRange(text, t, times[i + 1]) || isAtUntil(text, t, times[i + 1])));
    if (at < 0) continue;
    addWindow(stated, times[at], times[at + 1], line, line);
    break;
  }
  const wrapped = stated.start.some((b) => b.source === 'range') ? undefined : atUntilOverLines(new Set(timed), timesByLine, lineText);
  if (wrapped) {
    addWindow(stated, wrapped[0], wrapped[1], wrapped[2], wrapped[2] + 1);
  }
  const start = agreed(stated.start, 'earliest', stated.storyOpens);
  const end = agreed(stated.end, 'latest', stated.storyOpens);
  bounds.start = start.bound;
  bounds.end = end.bound;
  redateSlippedWindow(bounds, timeline);
  bounds.spansSeveral = start.several || end.several;
  const recovered = fullRecovery(timed, timesByLine, lineText);
  if (recovered && (!bounds.end || recovered.time.epochMs > bounds.end.time.epochMs)) bounds.end = recovered;
  // Said anywhere ("Background" tells the story too): the phrase ties the end to a time written just before it.
  if (!bounds.end && !end.contradicted) bounds.end = atRowOrStated(endedLater([...timesByLine.keys()].sort((a, b) => a - b), timesByLine, lineText), timeline);
  const endsWith = endingEvent(statementLines, lineText);
  fromTimeline(bounds, timeline, { contradicted: { start: start.contradicted, end: end.contradicted }, onsetBeforeTimes: sources.onsetBeforeTimes, endsWith, told: sources.told });
  const appliedAt = bounds.start?.source === 'timeline' ? tookEffectLate(statementLines, lineText) : undefined;
  const applied = appliedAt && timeline.find((e) => appliedAt.test(e.text) && e.time.epochMs > bounds.start!.time.epochMs);
  if (applied && !(bounds.end && applied.time.epochMs >= bounds.end.time.epochMs)) bounds.start = { time: applied.time, source: 'timeline', line: applied.line };
  else if (bounds.start?.source === 'timeline' && bounds.end && sources.statedMinutes) {
    bounds.start = startOfStatedLength(bounds.start, bounds.end, sources.statedMinutes, timeline);
  }
  // A timeline often opens when people noticed; the summary can say when it began before that.
  const onset = statedOnset(timed, timesByLine, lineText);
  const opensLater = !bounds.start || (bounds.start.source === 'timeline' && onset && onset.time.epochMs < bounds.start.time.epochMs);
  if (onset && opensLater && !start.contradicted && !(bounds.end && onset.time.epochMs > bounds.end.time.epochMs) && !sameClockAsRow(onset.time, timeline)) bounds.start = onset;
  if (bounds.start && bounds.end) bounds.end = { ...bounds.end, time: afterMidnight(bounds.start.time, bounds.end.time) };
  return bounds;
}

interface Stated {
  start: IncidentBound[];
  end: IncidentBound[];
  /** When the timeline's first entry is: the side of a slipped window it agrees with is kept. */
  storyOpens?: number;
}

/**
 * A stated window "from A to B". A start dated after its own dated end is a slip of the pen on one
 * side ("from 2:16am May 31st to 5:15pm April 7th" in a report of April, "August 13, 10:00 a.m. –
 * April 14, 1:00 a.m." in one of August): the side nearer the timeline's first entry is kept, the
 * other left to the rest of the document rather than reported.
 */
function addWindow(stated: Stated, from: TimeMention, to: TimeMention, line: number, endLine: number): void {
  const end = sameMeridiem(from, to);
  const impossible = from.hasDate && end.hasDate && !from.floating && !end.floating && from.epochMs > end.epochMs;
  const opens = stated.storyOpens;
  const startSlipped = impossible && (opens === undefined || Math.abs(opens - end.epochMs) <= Math.abs(opens - from.epochMs));
  if (!startSlipped) stated.start.push({ time: from, source: 'range', line });
  if (!impossible || startSlipped) stated.end.push({ time: end, source: 'range', line: endLine });
}

const END_MARKER = /\b(?:outage|incident|impact)\s+(?:ends|ended)\b/i;
const MS_PER_DAY = 86_400_000;

/**
 * "Failed between 2019-02-25 23:04 and 2019-02-26 08:12" over a timeline marked "[03-26 08:10]
 * ... (outage ends)": the stated end is the timeline's marker to within minutes but on another
 * day, a slip in the date. The marker, written where it happened, ends the incident, and the
 * stated start moves by the same number of days.
 */
function redateSlippedWindow(bounds: Bounds, timeline: readonly TimelineEntry[]): void {
  const end = bounds.end;
  if (!end || !end.time.hasDate || end.time.floating) return;
  const marker = timeline.find((e) => END_MARKER.test(e.text) && e.time.hasDate);
  if (!marker) return;
  const apart = marker.time.epochMs - end.time.epochMs;
  const days = Math.round(apart / MS_PER_DAY);
  if (days === 0 || Math.abs(apart - days * MS_PER_DAY) > AGREEMENT_MS) return;
  bounds.end = { time: marker.time, source: 'timeline', line: marker.line };
  if (bounds.start?.time.hasDate) bounds.start = { ...bounds.start, time: shiftDays(bounds.start.time, days) };
}

/**
 * The first stated bound, unless another stated one contradicts it. Windows stated the same way
 * over and over ("Duration:" under each of a report's incidents) span from the earliest start to
 * the latest end.
 */
function agreed(candidates: readonly IncidentBound[], pick: 'earliest' | 'latest', storyOpens?: number): { bound?: IncidentBound; contradicted: boolean; several?: boolean } {
  const [first, ...others] = candidates;
  if (!first) return { contradicted: false };
  // A field and a summary sentence are two statements of one window.
  const contradicted = others.some((o) => o.source !== first.source && o.time.hasDate === first.time.hasDate && Math.abs(o.time.epochMs - first.time.epochMs) > AGREEMENT_MS);
  if (contradicted) return { contradicted };
  const repeats = others.filter((o) => o.source === first.source && !o.time.floating && !first.time.floating);
  if (repeats.some((o) => daysApart(o, first))) return restated([first, ...repeats], storyOpens);
  const later = (a: IncidentBound, b: IncidentBound) => (pick === 'latest' ? b.time.epochMs > a.time.epochMs : b.time.epochMs < a.time.epochMs);
  const bound = repeats.reduce((best, o) => (later(best, o) ? o : best), first);
  return { bound, contradicted, several: repeats.some((o) => Math.abs(o.time.epochMs - first.time.epochMs) > AGREEMENT_MS) };
}

/** What stands between a start and an end labelled on one line: ", End:", " **End time:** ". */
const END_LABEL = /^\s*(?:[,;.|]\s*)?(?:end(?:ed)?|finish(?:ed)?|resolved)(?:[ -]?(?:time|date|at))?\s*[:=]\s*$/i;

/** "Start: 10:00 UTC, End: 12:00 UTC": the start's field holds the end's label and time too. */
function endLabelBetween(text: string, first: TimeMention, second: TimeMention): boolean {
  return END_LABEL.test(text.slice(first.range.end.character, second.range.start.character).replace(/[*_`]/g, ''));
}

/** The same clock time on another day: "June 10, 08:00" and "May 10, 08:00". */
function daysApart(a: IncidentBound, b: IncidentBound): boolean {
  const apart = Math.abs(a.time.epochMs - b.time.epochMs);
  const days = Math.round(apart / MS_PER_DAY);
  return days > 0 && Math.abs(apart - days * MS_PER_DAY) <= AGREEMENT_MS;
}

/**
 * A window stated twice at the same clock times on other days ("June 10 - June 11" in the summary,
 * "May 10 - May 11" further down) is one window with a slip in its date, not two incidents: the
 * statement nearer the timeline's first entry is kept; with no timeline to tell, neither is.
 */
function restated(candidates: readonly IncidentBound[], storyOpens: number | undefined): { bound?: IncidentBound; contradicted: boolean } {
  if (storyOpens === undefined) return { contradicted: true };
  const distance = (b: IncidentBound) => Math.abs(b.time.epochMs - storyOpens);
  return { bound: candidates.reduce((best, b) => (distance(b) < distance(best) ? b : best)), contradicted: false };
}

function isRange(text: string, first: TimeMention, second: TimeMention): boolean {
  return RANGE_JOIN.test(text.slice(first.range.end.character, second.range.start.character));
}

/**
 * Bounds from the timeline, read as a reviewer reads it: the start is the "OUTAGE BEGINS" marker,
 * else the first entry as written that is not a change made before anything went wrong (a later
 * row written out of order is not the onset); the end is the first entry where the service came
 * back, else the first repair, else the entry that closes the incident, else the last entry that
 * is not aftermath (telling people, follow-up work). Where the summary names the event that ended
 * it ("until the hotfix was released"), the first entry of that kind is the end.
 */
interface Unknowns {
  /** The document states two windows that disagree: no bound is given from the timeline either. */
  contradicted: { start: boolean; end: boolean };
  onsetBeforeTimes: boolean;
  /** The kind of event the summary says ended it ("until the hotfix was released"). */
  endsWith?: RegExp;
  told?: boolean;
}

function fromTimeline(bounds: Bounds, timeline: readonly TimelineEntry[], unknown: Unknowns): void {
  if (timeline.length === 0) return;
  const marked = timeline.find((e) => e.roles.includes('started'));
  if (!bounds.start && !bounds.unreadable.some((u) => u.which === 'start') && !unknown.contradicted.start && (marked || !unknown.onsetBeforeTimes)) {
    const entry = marked ?? onset(timeline);
    bounds.start = { time: entry.time, source: 'timeline', line: entry.line };
  }
  if (!bounds.end && !bounds.unreadable.some((u) => u.which === 'end') && !unknown.contradicted.end) {
    const startMs = bounds.start?.time.epochMs ?? -Infinity;
    const after = timeline.filter((e) => e.time.epochMs > startMs);
    const named = unknown.endsWith && after.find((e) => unknown.endsWith?.test(e.text));
    if (named) {
      bounds.end = { time: named.time, source: 'timeline', line: named.line };
      return;
    }
    const strengths = after.map((e) => endStrength(e.text));
    const strongest = strengths.indexOf(2) >= 0 ? strengths.indexOf(2) : strengths.indexOf(1);
    // A story's last time is often when someone heard of it ("was told of it around 19:20"), not the end.
    const last = unknown.told ? undefined : lastOf(after, (e) => !isAftermath(e.text));
    const entry = strongest >= 0 ? after[strongest] : lastOf(after, (e) => closesIncident(e.text)) ?? last;
    if (entry) bounds.end = { time: entry.time, source: 'timeline', line: entry.line };
  }
}

const CLOCK_TEXT = /(\d{1,2})[:.h](\d{2})/;

/**
 * "Offline starting at 09:50 (CEST)" over a timeline "(times in UTC)" with a row at 09:50: the
 * same clock in two zones is one moment whose zone the document contradicts, not an earlier onset.
 */
function sameClockAsRow(time: TimeMention, timeline: readonly TimelineEntry[]): boolean {
  const clock = CLOCK_TEXT.exec(time.text);
  if (!clock) return false;
  return timeline.some((e) => {
    const row = CLOCK_TEXT.exec(e.time.text);
    return row !== null && +row[1] === +clock[1] && row[2] === clock[2] && e.time.zone !== time.zone;
  });
}

/** A bound the summary computes ("11 minutes later"): the timeline's entry at that minute, where there is one. */
function atRowOrStated(bound: IncidentBound | undefined, timeline: readonly TimelineEntry[]): IncidentBound | undefined {
  const row = bound && timeline.find((e) => Math.abs(e.time.epochMs - bound.time.epochMs) < 60_000);
  return row ? { time: row.time, source: 'timeline', line: row.line } : bound;
}

function lastOf(entries: readonly TimelineEntry[], test: (entry: TimelineEntry) => boolean): TimelineEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (test(entries[i])) return entries[i];
  return undefined;
}

/** How many rows after a report listed first may still tell what happened before it. */
const REPORT_LOOKBACK = 3;

/**
 * The first entry as written that is not a change made before anything went wrong. Where that
 * entry is a report and the rows right after it go back to what had already happened ("15:48
 * report received", then "~14:18 the payload had already run"), the earliest of those is the onset:
 * nothing is detected before it happens.
 */
function onset(timeline: readonly TimelineEntry[]): TimelineEntry {
  const at = Math.max(0, timeline.findIndex((e) => !isPrecondition(e.text)));
  const first = timeline[at];
  if (!first.roles.includes('detected')) return first;
  let earliest = first;
  for (const entry of timeline.slice(at + 1, at + 1 + REPORT_LOOKBACK)) {
    // Only dated rows: a time of day alone may belong to another day.
    const dated = entry.time.hasDate && first.time.hasDate;
    if (dated && entry.time.epochMs < earliest.time.epochMs && first.time.epochMs - entry.time.epochMs < HALF_DAY_MS && !isPrecondition(entry.text)) earliest = entry;
  }
  return earliest;
}

/** Stated and measured lengths this close (in ms) are the same. */
const SAME_LENGTH_MS = 60_000;

/**
 * "Time to recovery: 5 minutes" with the end at 10:04 and a row at 09:59: the document measures
 * from that row, and the rows before it (an upgrade that went fine) led up to the incident.
 */
function startOfStatedLength(start: IncidentBound, end: IncidentBound, minutes: number, timeline: readonly TimelineEntry[]): IncidentBound {
  const target = end.time.epochMs - minutes * 60_000;
  const within = (ms: number) => (time: TimeMention) => Math.abs(time.epochMs - target) <= ms;
  // Lengths are written in whole minutes: a row right at the mark beats one a minute off.
  for (const ms of [0, SAME_LENGTH_MS]) {
    if (within(ms)(start.time)) return start;
    const entry = timeline.find((e) => within(ms)(e.time) && !isAftermath(e.text) && !isPrecondition(e.text));
    if (entry) return { time: entry.time, source: 'timeline', line: entry.line };
  }
  return start;
}

const MERIDIEM = /\d\s*[ap]\.?\s?m(?![a-z])/i;
const HALF_DAY_MS = 12 * 3600_000;

/** "From 4pm to 6 GMT": the end of a range takes the meridiem its start was written with. */
function sameMeridiem(start: TimeMention, end: TimeMention): TimeMention {
  if (!MERIDIEM.test(start.text) || MERIDIEM.test(end.text) || end.epochMs >= start.epochMs) return end;
  const later = end.epochMs + HALF_DAY_MS;
  return later > start.epochMs && later - start.epochMs < HALF_DAY_MS ? shiftHours(end, 12) : end;
}

/** "Start: 11:30 PM, End: 1:15 AM" ends the next day. */
function afterMidnight(start: TimeMention, end: TimeMention): TimeMention {
  if (end.hasDate || end.epochMs >= start.epochMs) return end;
  const moved = nextDay(end);
  return moved.epochMs > start.epochMs ? moved : end;
}

/** Keys of a field that says when the incident was detected ("| **Detected** | 2022-04-28 10:34 |"). */
const DETECTED_KEY = /^(?:first )?(?:detected|detection|detection time|time detected|detected at|time of detection)$/;

/** The time a "Detected" field states, with its line. */
export function detectedField(fields: readonly MetadataField[], timesByLine: ReadonlyMap<number, TimeMention[]>): IncidentBound | undefined {
  for (const field of fields) {
    if (!DETECTED_KEY.test(normalizeTitle(field.key))) continue;
    const onLine = timesByLine.get(field.line) ?? [];
    const time = onLine[firstAtOrAfter(onLine, field.valueRange.start.character)];
    if (time) return { time, source: 'field', line: field.line };
  }
  return undefined;
}

/** The index of the first time on a line that starts at or after `character` (times come left to right). */
function firstAtOrAfter(times: readonly TimeMention[], character: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (times[mid].range.start.character < character) low = mid + 1;
    else high = mid;
  }
  return low;
}
