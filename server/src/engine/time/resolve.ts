import { DateTime } from 'luxon';
import type { TimeMention, Range } from '../model';
import type { WrittenTime } from './scan';
import { toLuxonZone } from './zones';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** A year the document never writes, stood in for: spans are right, the date is not shown. */
  standIn?: boolean;
}

/** What a time written without a date or zone takes from its surroundings. */
export interface TimeContext {
  date?: CalendarDate;
  zone?: { zone: string; source: TimeMention['zoneSource'] };
}

/** Zone-less times are computed in UTC; rules report them, so the guess is visible. */
const FALLBACK_ZONE = 'UTC';
/** The stand-in day for documents that write times but no date at all. */
const FLOATING_DATE: CalendarDate = { year: 2000, month: 1, day: 3 };
/** The year for dates written without one, in a document that writes no year at all. */
export const STAND_IN_YEAR = 2000;

/**
 * Places a written time on the calendar. Returns undefined for a date alone and for impossible
 * dates (February 30th).
 */
export function resolveTime(written: WrittenTime, context: TimeContext, range: Range): TimeMention | undefined {
  if (!written.time) return undefined;
  const date = written.date ?? context.date ?? FLOATING_DATE;
  const writtenZone = written.zone ? toLuxonZone(written.zone) : undefined;
  const zone = writtenZone ?? context.zone?.zone ?? FALLBACK_ZONE;
  const source: TimeMention['zoneSource'] = writtenZone ? 'written' : context.zone?.source ?? 'default';
  const luxonZone = toLuxonZone(zone) ?? FALLBACK_ZONE;
  const epochMs = instantOf(date, written.time, luxonZone);
  if (epochMs === undefined) return undefined;
  return {
    range,
    text: written.text,
    epochMs,
    iso: isoOf(epochMs),
    zone,
    zoneSource: source,
    zoneText: writtenZone ? written.zone : undefined,
    hasDate: written.date !== undefined,
    floating: date === FLOATING_DATE || date.standIn === true,
    rolledOver: false,
  };
}

const FIXED_OFFSET = /^UTC(?:[+-]\d{1,2}(?::\d{2})?)?$/;
const MS_PER = { hour: 3_600_000, minute: 60_000, second: 1000 };
const MS_PER_DAY = 24 * MS_PER.hour;
const midnights = new Map<string, number | null>();

/**
 * Epoch milliseconds of a wall-clock time in a zone. Luxon places the day; in a fixed-offset zone
 * every day is 24 hours long, so the time of day is added to that day's midnight, which is
 * cached: a timeline writes hundreds of times on a handful of days.
 */
function instantOf(date: CalendarDate, time: NonNullable<WrittenTime['time']>, zone: string): number | undefined {
  if (!FIXED_OFFSET.test(zone)) {
    const instant = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, ...time }, { zone });
    return instant.isValid ? instant.toMillis() : undefined;
  }
  const key = `${date.year}-${date.month}-${date.day} ${zone}`;
  let midnight = midnights.get(key);
  if (midnight === undefined) {
    const day = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone });
    midnight = day.isValid ? day.toMillis() : null;
    if (midnights.size > 10_000) midnights.clear();
    midnights.set(key, midnight);
  }
  return midnight === null ? undefined : midnight + time.hour * MS_PER.hour + time.minute * MS_PER.minute + time.second * MS_PER.second;
}

/** ISO 8601 in UTC, to the second (times are written to the second at most). */
export function isoOf(epochMs: number): string {
  if (!Number.isSafeInteger(epochMs)) return dateIso(epochMs);
  const day = Math.floor(epochMs / MS_PER_DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const iso = dateIso(day * MS_PER_DAY);
    // Outside years 0 to 9999 the year has a sign and six digits: left to Date whole.
    if (iso[10] !== 'T') return dateIso(epochMs);
    prefix = iso.slice(0, 11);
    if (dayPrefixes.size > 10_000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  const ofDay = epochMs - day * MS_PER_DAY;
  const ms = ofDay % 1000;
  const clock = `${two(Math.floor(ofDay / MS_PER.hour))}:${two(Math.floor(ofDay / MS_PER.minute) % 60)}:${two(Math.floor(ofDay / 1000) % 60)}`;
  return `${prefix}${clock}${ms ? `.${String(ms).padStart(3, '0')}` : ''}Z`;
}

/**
 * A timeline of thousands of entries falls on a handful of days: each day's date is written
 * once, and the time of day by arithmetic, instead of a Date and its string per time.
 */
const dayPrefixes = new Map<number, string>();
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function dateIso(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** The same wall-clock time one calendar day later, for a timeline that crossed midnight. */
export function nextDay(mention: TimeMention): TimeMention {
  return { ...shiftDays(mention, 1), rolledOver: true };
}

/** The same wall-clock time some calendar days later (or earlier), in the time's own zone. */
export function shiftDays(mention: TimeMention, days: number): TimeMention {
  const zone = toLuxonZone(mention.zone) ?? FALLBACK_ZONE;
  // In a fixed-offset zone every day is 24 hours: no calendar needed, and a reversed timeline
  // moves every one of its entries.
  const epochMs = FIXED_OFFSET.test(zone) ? mention.epochMs + days * MS_PER_DAY : DateTime.fromMillis(mention.epochMs, { zone }).plus({ days }).toMillis();
  return { ...mention, epochMs, iso: isoOf(epochMs) };
}

/** The same time some hours later: "from 4pm to 6" where the 6 is in the evening. */
export function shiftHours(mention: TimeMention, hours: number): TimeMention {
  const epochMs = mention.epochMs + hours * 3600_000;
  return { ...mention, epochMs, iso: isoOf(epochMs) };
}

/** Whole minutes from `a` to `b`. */
export function minutesBetween(a: TimeMention, b: TimeMention): number {
  // Instants, so plain arithmetic: no calendar is involved in a span. Counted in clock minutes, as a
  // reader counts "03:14" to "03:21:30": a field written to the minute and a log row to the second
  // are 7 minutes apart, not 7.5 rounded up.
  return Math.floor(b.epochMs / 60_000) - Math.floor(a.epochMs / 60_000);
}
