import type { TimeMention } from '../model';
import { lineRange } from '../document/lines';
import { orderNumericDates, scanLine, type WrittenTime } from './scan';
import { resolveTime, STAND_IN_YEAR, type CalendarDate, type TimeContext } from './resolve';
import { toLuxonZone } from './zones';
import { maskMarkup } from '../document/maskMarkup';

export interface DocumentTimes {
  /** Times on each line, in order; lines without times are absent. */
  byLine: Map<number, TimeMention[]>;
  all: TimeMention[];
  /** The date that times written without one fall back to. */
  incidentDate?: CalendarDate;
}

export interface TimeOptions {
  declaredZone?: string;
  /** The zone to assume where the document declares none (a user setting). */
  defaultZone?: string;
  /** The date to assume where a time has none and no date stands above it. */
  incidentDate?: CalendarDate;
  /** The year the document names outside its dates ("Webhook backlog (August 2024)"). */
  year?: number;
}

const HAS_DIGIT = /\d/;

/**
 * Reads every time in the document. A time without a date takes the date written before it on its
 * line, else the first one after it on the line, else the first date of the nearest line above
 * that has one, else the incident's date; a time without a zone takes the zone written elsewhere
 * on its line ("9:00 AM to 9:15 AM (UTC)"), else the document's declared zone, else the default.
 */
export function readDocumentTimes(lines: readonly string[], readable: (line: number) => boolean, options: TimeOptions): DocumentTimes {
  const written: Array<{ line: number; items: WrittenTime[] }> = [];
  for (let line = 0; line < lines.length; line++) {
    // Blanking markup never adds a digit, and every time and date has one.
    if (!readable(line) || !HAS_DIGIT.test(lines[line])) continue;
    // With markup blanked out, so a time right after a tag or an emoji shortcode is seen.
    const items = scanLine(maskMarkup(lines[line]));
    if (items.length === 0) continue;
    written.push({ line, items });
  }
  const allItems = written.flatMap((w) => w.items);
  orderNumericDates(allItems);
  fillYears(allItems, options.year);
  const firstDate = allItems.find((w) => w.date)?.date;
  const incidentDate = options.incidentDate ?? firstDate;
  const zones = { ...options, defaultZone: options.defaultZone ?? prevailingZone(written) };
  const byLine = new Map<number, TimeMention[]>();
  const all: TimeMention[] = [];
  let lastDate = incidentDate;
  // The line of lastDate where it is written alone there (a day heading) or declared for all times below.
  let lastDateLine: number | undefined;
  let declaredDate: CalendarDate | undefined;
  const context: TimeContext = {};
  for (const { line, items } of written) {
    // "Unless otherwise noted all events happened on 2019-10-21": the day of every bare time after it.
    if (DECLARES_DATE.test(lines[line])) {
      declaredDate = items.find((w) => w.date && !w.time)?.date ?? declaredDate;
      if (declaredDate) [lastDate, lastDateLine] = [declaredDate, line];
      continue;
    }
    const lineZone = items.find((w) => w.zone && toLuxonZone(w.zone))?.zone;
    const mentions: TimeMention[] = [];
    // "Between 13:20 and 14:05 UTC on May 21": a date later on the line also dates the times before it.
    const firstDateOnLine = items.find((w) => w.date)?.date;
    let date = firstDateOnLine ?? declaredDate ?? lastDate;
    // The line's zone, worked out once for the line; only a time that opens a range ending in a zone takes another.
    const zoneOfLine = zoneContext(undefined, lineZone, zones);
    items.forEach((item, i) => {
      if (item.date) date = item.date;
      const ofRange = rangeZone(lines[line], items, i);
      // One context for every time: resolveTime reads it and keeps nothing of it.
      context.date = date;
      context.zone = ofRange ? zoneContext(ofRange, lineZone, zones) : zoneOfLine;
      const mention = resolveTime(item, context, lineRange(line, item.start, item.end));
      if (mention && lastDateLine !== undefined && !firstDateOnLine) mention.dayLine = lastDateLine;
      if (mention) mentions.push(mention);
    });
    // A line with a range ("May 9, 17:30 - May 10, 01:00") hands its first date on: the times
    // below it tell the story from the start, and the timeline rolls them over midnight itself.
    if (firstDateOnLine && !declaredDate) lastDateLine = items.every((w) => !w.time) ? line : undefined;
    lastDate = declaredDate ?? firstDateOnLine ?? lastDate;
    if (mentions.length) {
      byLine.set(line, mentions);
      // Not push(...mentions): a line of 200,000 times would overflow the stack.
      for (const mention of mentions) all.push(mention);
    }
  }
  return { byLine, all, incidentDate };
}

/**
 * "Friday, August 23rd" takes the year the document names (in its title or front matter), else the
 * latest year its full dates write; in a document that writes none, a stand-in year never shown.
 */
function fillYears(items: WrittenTime[], named: number | undefined): void {
  // Not the first year written but the latest: the year must not change when the timeline is sorted.
  const year = named ?? latestYear(items);
  for (const item of items) {
    if (item.date && item.date.year === 0) item.date = { ...item.date, year: year ?? STAND_IN_YEAR, standIn: year === undefined || undefined };
  }
}

/** The latest of the first 10,000 years written, in one pass without copies. */
function latestYear(items: readonly WrittenTime[]): number | undefined {
  let latest: number | undefined;
  let seen = 0;
  for (const item of items) {
    const year = item.date?.year ?? 0;
    if (!(year > 0)) continue;
    latest = Math.max(latest ?? year, year);
    if (++seen === 10_000) break;
  }
  return latest;
}

/**
 * The zone most of the document's zoned times are written in, when more than half are: a writer
 * who puts "(PST)" on the summary's range and bare times in the timeline means PST there too.
 * Times read in it stay zone-less for the rules, which still ask for the zone to be written.
 */
function prevailingZone(written: ReadonlyArray<{ items: WrittenTime[] }>): string | undefined {
  const counts = new Map<string, { zone: string; count: number }>();
  let total = 0;
  for (const { items } of written) {
    for (const item of items) {
      const zone = item.time && item.zone ? toLuxonZone(item.zone) : undefined;
      if (!zone) continue;
      total++;
      const entry = counts.get(zone) ?? { zone: item.zone!, count: 0 };
      entry.count++;
      counts.set(zone, entry);
    }
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return top && top.count * 2 > total ? top.zone : undefined;
}

const DECLARES_DATE = /\b(?:unless (?:otherwise )?(?:noted|stated)|all (?:events|times|entries))\b[^.]{0,60}?\b(?:on|happened on|are on|took place on)\s+\S/i;

/** "9:00 AM to 9:15 AM (UTC)": a zone written at the end of a range zones its start too. */
const RANGE_TO = /^\s*(?:-|–|—|to|until|till|through|and|~)\s*$/i;

function rangeZone(text: string, items: readonly WrittenTime[], index: number): string | undefined {
  const next = items[index + 1];
  if (!next?.zone || !toLuxonZone(next.zone) || !RANGE_TO.test(text.slice(items[index].end, next.start))) return undefined;
  return next.zone;
}

/**
 * The zone of a time written without one: the end of its range's, else the document's declared
 * zone, else another zone on its line ("12:48 (6:48 PDT)" under "Timeline (UTC)" is UTC), else
 * the default.
 */
function zoneContext(rangeZone: string | undefined, lineZone: string | undefined, options: TimeOptions): TimeContext['zone'] {
  if (rangeZone) return { zone: rangeZone, source: 'line' };
  if (options.declaredZone) return { zone: options.declaredZone, source: 'declared' };
  if (lineZone) return { zone: lineZone, source: 'line' };
  if (options.defaultZone) return { zone: options.defaultZone, source: 'default' };
  return undefined;
}
