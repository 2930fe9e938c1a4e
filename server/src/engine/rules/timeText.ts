import { formatMinutes } from '../format/minutes';
/**
 * Times as messages show them, and as the time rules compare them. Messages give the clock in the
 * zone the writer used and in their style (`2:00 PM` or `14:00`), so a reader finds the time in
 * the text they wrote.
 */
import { DateTime, Info, type Zone } from 'luxon';
import type { IncidentBound, TimeMention, TimelineEntry } from '../model';
import { sameZone, toLuxonZone } from '../time/zones';


/** The zone as the writer spelled it ("PST", not Luxon's "UTC-8"). */
export function zoneLabel(mention: TimeMention): string {
  if (mention.zoneSource !== 'written' || !mention.zoneText) return mention.zone;
  return /^[+-]/.test(mention.zoneText) ? `UTC${mention.zoneText}` : mention.zoneText;
}

function local(mention: TimeMention): DateTime {
  return DateTime.fromMillis(mention.epochMs, { zone: toLuxonZone(mention.zone) ?? 'UTC' });
}

const DAY_MS = 86_400_000;
const zonesByName = new Map<string, Zone>();

/** The time as it reads on a clock in its zone, counted in milliseconds as if that were UTC. */
function wallClockMs(mention: TimeMention): number {
  const name = toLuxonZone(mention.zone) ?? 'UTC';
  let zone = zonesByName.get(name);
  if (!zone) zonesByName.set(name, (zone = Info.normalizeZone(name)));
  return mention.epochMs + zone.offset(mention.epochMs) * 60_000;
}

const clockLabels = new Map<string, string>();

/**
 * A clock depends on the time of day alone, so each is formatted once: a timeline of thousands
 * of entries out of order asks for two labels per entry, and Luxon's formatting is the slow part.
 */
function clock(mention: TimeMention): string {
  const wall = wallClockMs(mention);
  const twelveHour = /\d\s*[ap]\.?\s?m\b/i.test(mention.text);
  if (!Number.isFinite(wall)) return local(mention).toFormat(twelveHour ? 'h:mm a' : 'HH:mm');
  const ofDay = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  const seconds = Math.floor(ofDay / 1000) % 60 ? ':ss' : '';
  const format = twelveHour ? `h:mm${seconds} a` : `HH:mm${seconds}`;
  const key = `${format} ${ofDay}`;
  let label = clockLabels.get(key);
  if (label === undefined) {
    label = DateTime.fromMillis(ofDay, { zone: 'UTC' }).toFormat(format);
    if (clockLabels.size > 100_000) clockLabels.clear();
    clockLabels.set(key, label);
  }
  return label;
}

/** A floating time's day is a stand-in, so no date is shown for it, only whether it rolled over. */
function day(mention: TimeMention): string {
  if (mention.floating) return mention.rolledOver ? ' (next day)' : '';
  return ` on ${local(mention).toFormat('MMM d')}`;
}

function needsDates(times: readonly TimeMention[]): boolean {
  if (times.some((t) => t.floating)) return times.some((t) => t.rolledOver);
  return new Set(times.map((t) => Math.floor(wallClockMs(t) / DAY_MS))).size > 1;
}

/** One time, with its zone: `10:45 UTC`. */
export function timeLabel(mention: TimeMention, withDay = false): string {
  return `${clock(mention)} ${zoneLabel(mention)}${withDay ? day(mention) : ''}`;
}

/** Times compared in one message; days appear only when they differ. */
export function timeLabels(...times: TimeMention[]): string[] {
  const withDay = needsDates(times);
  return times.map((t) => timeLabel(t, withDay));
}

/** A span: `10:45 to 13:30 UTC`, with the zone once when both share it. */
export function spanLabel(from: TimeMention, to: TimeMention): string {
  const [a, b] = timeLabels(from, to);
  const zone = zoneLabel(from);
  if (zone === zoneLabel(to) && !needsDates([from, to])) return `${clock(from)} to ${clock(to)} ${zone}`;
  return `${a} to ${b}`;
}

/** A length of time in a message, as everywhere else in the product. */
export const minutesLabel = formatMinutes;

/**
 * Whether two times can be compared. A time written without a zone was read in UTC (or the
 * default zone) as a guess; against a time written in another zone the guess would decide the
 * result, so the finding would be about the missing zone, which PM013 already reports.
 */
export function comparable(a: TimeMention, b: TimeMention): boolean {
  return (a.zoneSource !== 'default' && b.zoneSource !== 'default') || sameZone(a.zone, b.zone);
}


/**
 * Where a time falls against the incident's window, in minutes: negative before the start,
 * positive after the end, 0 inside; undefined when there is no bound it can be compared with.
 * Dateless entries have already been placed on the day nearest the window by the engine
 * (document/anchorTimeline.ts).
 */
export function windowOffset(time: TimeMention, start: IncidentBound | undefined, end: IncidentBound | undefined): number | undefined {
  const from = start && comparable(time, start.time) ? start.time.epochMs : undefined;
  const to = end && comparable(time, end.time) && (from === undefined || end.time.epochMs >= from) ? end.time.epochMs : undefined;
  if (from === undefined && to === undefined) return undefined;
  const at = time.epochMs;
  const offset = from !== undefined && at < from ? at - from : to !== undefined && at > to ? at - to : 0;
  return Math.round(offset / 60_000);
}

/** Labels for a time and the bound it is compared with; a dateless time's day is a guess, so no days. */
export function comparedLabels(time: TimeMention, bound: TimeMention): string[] {
  return time.hasDate ? timeLabels(time, bound) : [timeLabel(time), timeLabel(bound)];
}

/** The incident's bound when the document states it, not when it is taken from the timeline. */
export function statedBound(bound: IncidentBound | undefined): IncidentBound | undefined {
  return bound && bound.source !== 'timeline' ? bound : undefined;
}

/** The first entry the timeline marks as the detection, which PM018 checks against the start. */
export function firstDetection(entries: readonly TimelineEntry[]): TimelineEntry | undefined {
  return entries.find((e) => e.role === 'detected');
}
