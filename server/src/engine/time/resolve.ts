import { DateTime } from 'luxon';
import type { TimeMention, Range } from '../model';
import type { WrittenTime } from './scan';
import { toLuxonZone } from './zones';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
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
  const instant = DateTime.fromObject({ ...date, ...written.time }, { zone: luxonZone });
  if (!instant.isValid) return undefined;
  return {
    range,
    text: written.text,
    epochMs: instant.toMillis(),
    iso: instant.toUTC().toISO({ suppressMilliseconds: true }) ?? '',
    zone,
    zoneSource: source,
    hasDate: written.date !== undefined,
    floating: !written.date && !context.date,
    rolledOver: false,
  };
}

/** The same wall-clock time one calendar day later, for a timeline that crossed midnight. */
export function nextDay(mention: TimeMention): TimeMention {
  const zone = toLuxonZone(mention.zone) ?? FALLBACK_ZONE;
  const moved = DateTime.fromMillis(mention.epochMs, { zone }).plus({ days: 1 });
  return {
    ...mention,
    epochMs: moved.toMillis(),
    iso: moved.toUTC().toISO({ suppressMilliseconds: true }) ?? '',
    rolledOver: true,
  };
}

/** The calendar date of an instant in a zone. */
export function dateIn(mention: TimeMention): CalendarDate {
  const local = DateTime.fromMillis(mention.epochMs, { zone: toLuxonZone(mention.zone) ?? FALLBACK_ZONE });
  return { year: local.year, month: local.month, day: local.day };
}

/** Whole minutes from `a` to `b`. */
export function minutesBetween(a: TimeMention, b: TimeMention): number {
  return Math.round(DateTime.fromMillis(b.epochMs).diff(DateTime.fromMillis(a.epochMs), 'minutes').minutes);
}
