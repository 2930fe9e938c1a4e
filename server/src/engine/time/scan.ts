import { ZONE_ABBREVIATIONS, ZONE_PATTERN } from './zones';

/** A date and/or time as written on one line, before it is placed on the calendar. */
export interface WrittenTime {
  /** UTF-16 offsets within the line. */
  start: number;
  end: number;
  text: string;
  /** `year` is 0 where none is written ("August 23rd"): the document's year is taken for it. */
  date?: { year: number; month: number; day: number; standIn?: boolean };
  /** A numeric date whose day and month could be either way round ("04/06/2023"). */
  numeric?: { first: number; second: number; separator: string };
  time?: { hour: number; minute: number; second: number };
  zone?: string;
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th|\\.(?=\\s))?';
/** Month names as a yearless date needs them: capitalised, so "may" the verb is not May. */
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_NAME = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';

const DATE_FORMS: ReadonlyArray<{ pattern: RegExp; read: (m: RegExpExecArray) => WrittenTime['date'] }> = [
  {
    // En dashes too: word processors turn "2023-02-04" into "2023–02–04".
    pattern: /(?<![\d-])(\d{4})([-–])(\d{2})\2(\d{2})(?![\d-])/giy,
    read: (m) => ({ year: +m[1], month: +m[3], day: +m[4] }),
  },
  {
    // 04-12-2022, 17/01/2021: day first unless that cannot be (13 and up is a day), and day
    // first with dashes or dots, month first with slashes, as those who write them mostly mean;
    // the document's other dates can settle it (see orderNumericDates).
    pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])/giy,
    read: (m) => numericDate(+m[1], +m[3], +m[4], m[2] === '/'),
  },
  {
    // "06/May/2022", "6-May-2022": a day, the month's short name and a year, as logs and forms write them.
    pattern: new RegExp(`(?<![\\d/.-])(\\d{1,2})([/-])${MONTH}\\2(\\d{4})(?![\\d/.-])`, 'giy'),
    read: (m) => ({ year: +m[4], month: monthNumber(m[3]), day: +m[1] }),
  },
  {
    // "03, 14, 2024": numbers with commas between, month first as the US writes them; only a
    // year of this era follows, so a list of small numbers is no date.
    pattern: /(?<![\d,.] ?)(\d{1,2})(,) ?(\d{1,2}), ?((?:19|20)\d{2})(?!\d)/y,
    read: (m) => numericDate(+m[1], +m[3], +m[4], true),
  },
  {
    // "March 11, 2024", "January23, 2021"
    pattern: new RegExp(`${WEEKDAY}${MONTH}\\s*(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'giy'),
    read: (m) => ({ year: +m[3], month: monthNumber(m[1]), day: +m[2] }),
  },
  {
    pattern: new RegExp(`${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'giy'),
    read: (m) => ({ year: +m[3], month: monthNumber(m[2]), day: +m[1] }),
  },
  {
    // "[03-26 23:04]": a month and day before a time, as chat and log exports write them.
    pattern: /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})(?![\d/.-])(?=\s+\d{1,2}:\d{2})/y,
    read: (m) => numericDate(+m[1], +m[3], 0, true),
  },
  {
    // "Friday, August 23rd", "April 1st": no year; the document's year is taken for it.
    pattern: new RegExp(`${WEEKDAY_NAME}${MONTH_NAME}\\s+(\\d{1,2})${ORDINAL}(?![\\d:])`, 'y'),
    read: (m) => ({ year: 0, month: monthNumber(m[1]), day: +m[2] }),
  },
  {
    pattern: new RegExp(`${WEEKDAY_NAME}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH_NAME}(?![a-z])`, 'y'),
    read: (m) => ({ year: 0, month: monthNumber(m[2]), day: +m[1] }),
  },
];

/** Dates of numbers alone, whose day and month the document's other dates can settle. */
const NUMERIC_DATE_FORMS = new Set([DATE_FORMS[1].pattern, DATE_FORMS[3].pattern]);

// "9:00 AM: Issue detected" ends at "AM"; only a digit or ":digit" after it means something else.
// The meridiem ends where letters and digits do: "5:30 PM_" (italic) is 5:30 PM too. "09h00" and
// "12h09 PM" are written where a colon is not, and "2.30PM" where a dot is (only with its meridiem:
// "2.30" alone is a number).
const CLOCK = /(?<![\d:.,/+−])(\d{1,2})(?::|h(?=\d{2}(?:\s*[ap]\.?\s?m|\s|$))|\.(?=\d{2}\s?[ap]\.?m(?![a-z])))(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?\s?m(?![a-z\d])\.?)?(?!\d|:\d)/giy;
const HOUR_ONLY = /(?<![\d:.,/])(\d{1,2})\s*([ap])\.?\s?m(?![a-z\d])\.?/giy;
/** An hour with a zone and nothing else: "from 4pm to 6 GMT". */
const HOUR_AND_ZONE = new RegExp(`(?<![\\d:.,/+-])(\\d{1,2})(?=\\s(?:${ZONE_ABBREVIATIONS.filter((z) => z.length > 1).join('|')})\\b(?![+-]))`, 'y');
/** Military time as written in reports: "2100hrs", "0930 hours". */
const MILITARY = /(?<![\d:.,/])([01]\d|2[0-3])([0-5]\d)\s?(?:hrs?|hours)\b/iy;
const ZONE_AFTER = new RegExp(`\\s*\\(?\\s*(${ZONE_PATTERN})\\s*\\)?(?![A-Za-z])`, 'y');
/** `Z` or `+02:00` attached to an ISO time; elsewhere `10:15-10:30` is a span, not an offset. */
const ISO_ZONE_AFTER = /(?:Z|[+-]\d{2}(?::?\d{2})?)(?![\d:A-Za-z])/y;
/** "10:03 +02:00": an offset written apart from the time, with its colon (a span has none). */
const OFFSET_AFTER = /\s+([+-−]\d{2}:\d{2})(?![\d:])/y;
// "2026-03-04 ~14:18": an approximate time still belongs to the date before it.
const DATE_TIME_JOIN = /(?:T|,?\s*(?:at\s+|@\s*)?(?:~\s*)?)/iy;
// "2:16am ICT-May 31st": a dash written tight against a month name joins; one with spaces around
// it is a range ("09:00 – 2 May 2024 14:00") and must not take the second date.
const TIME_DATE_JOIN = /(?:\s*(?:[Oo][Nn]\s+|,\s*)|-(?=[A-Z][a-z]))?/y;
/** "10:00 hours (East Africa Time)": the word between a clock and its zone. */
const HOURS_WORD = /\s+(?:hours|hrs)\b/iy;

function numericDate(first: number, second: number, year: number, monthFirst: boolean): WrittenTime['date'] {
  const dayFirst = first > 12 || (second <= 12 && !monthFirst);
  const [day, month] = dayFirst ? [first, second] : [second, first];
  return month >= 1 && month <= 12 ? { year, month, day } : undefined;
}

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(prefix)) + 1;
}

function matchAt(pattern: RegExp, line: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(line);
}

function readDate(line: string, index: number): { date: WrittenTime['date']; end: number; numeric?: WrittenTime['numeric'] } | undefined {
  for (const form of DATE_FORMS) {
    const m = matchAt(form.pattern, line, index);
    if (m) {
      const date = form.read(m);
      if (date && date.month >= 1 && date.day >= 1 && date.day <= 31) {
        const numeric = NUMERIC_DATE_FORMS.has(form.pattern) ? { first: +m[1], second: +m[3], separator: m[2] } : undefined;
        return { date, end: index + m[0].length, numeric };
      }
    }
  }
  return undefined;
}

/**
 * Numeric dates written the same way are meant the same way in one document: when one of them
 * can only be day first (13/04/2023), so are the others ("06/04/2023" is the 6th of April), and
 * likewise month first.
 */
export function orderNumericDates(items: readonly WrittenTime[]): void {
  if (!items.some((w) => w.numeric)) return;
  const dayFirst = new Map<string, boolean>();
  // Dates written with the month's name ("April 6") say which way the numeric ones go.
  const named = new Set(items.filter((w) => w.date && !w.numeric).map((w) => `${w.date!.month}-${w.date!.day}`));
  for (const { numeric } of items) {
    if (!numeric || dayFirst.has(numeric.separator) || numeric.first === numeric.second) continue;
    if (named.has(`${numeric.second}-${numeric.first}`)) dayFirst.set(numeric.separator, true);
    else if (named.has(`${numeric.first}-${numeric.second}`)) dayFirst.set(numeric.separator, false);
  }
  for (const { numeric } of items) {
    if (!numeric) continue;
    if (numeric.first > 12 && numeric.second <= 12) dayFirst.set(numeric.separator, true);
    else if (numeric.second > 12 && numeric.first <= 12 && dayFirst.get(numeric.separator) !== true) dayFirst.set(numeric.separator, false);
  }
  for (const item of items) {
    const settled = item.numeric && item.date ? dayFirst.get(item.numeric.separator) : undefined;
    if (settled === undefined || !item.numeric || !item.date) continue;
    const [day, month] = settled ? [item.numeric.first, item.numeric.second] : [item.numeric.second, item.numeric.first];
    if (month >= 1 && month <= 12) item.date = { year: item.date.year, month, day };
  }
}

function readClock(line: string, index: number): { time: WrittenTime['time']; end: number } | undefined {
  const military = matchAt(MILITARY, line, index);
  if (military) return { time: { hour: Number(military[1]), minute: Number(military[2]), second: 0 }, end: index + military[0].length };
  const m = matchAt(CLOCK, line, index) ?? matchAt(HOUR_ONLY, line, index);
  if (!m) {
    const bare = matchAt(HOUR_AND_ZONE, line, index);
    const hour = bare ? Number(bare[1]) : 25;
    return hour <= 23 ? { time: { hour, minute: 0, second: 0 }, end: index + bare![0].length } : undefined;
  }
  // CLOCK has four groups, HOUR_ONLY two.
  const hasMinutes = m.length === 5;
  // "09h00" is a time, "2h30" of downtime is a length.
  if (hasMinutes && !m[0].includes(':') && m[1].length < 2 && !m[4]) return undefined;
  let hour = Number(m[1]);
  const minute = hasMinutes ? Number(m[2]) : 0;
  const second = hasMinutes && m[3] ? Number(m[3]) : 0;
  const meridiem = (hasMinutes ? m[4] : m[2])?.toLowerCase();
  // "13:20pm" is a 24-hour time with a meridiem it does not need; "14 am" is no time.
  if (meridiem && !hasMinutes && hour > 12) return undefined;
  if (meridiem && hour <= 12) {
    if (hour < 1) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && minute + second > 0)) return undefined;
  return { time: { hour: hour % 24, minute, second }, end: index + m[0].length };
}

function readZone(line: string, clockEnd: number, iso: boolean): { zone: string; end: number } | undefined {
  const hours = matchAt(HOURS_WORD, line, clockEnd);
  const index = hours ? clockEnd + hours[0].length : clockEnd;
  const attached = iso ? matchAt(ISO_ZONE_AFTER, line, index) : null;
  if (attached) return { zone: attached[0] === 'Z' ? 'UTC' : attached[0], end: index + attached[0].length };
  const m = matchAt(ZONE_AFTER, line, index);
  if (m) return { zone: m[1], end: index + m[0].length };
  const offset = matchAt(OFFSET_AFTER, line, index);
  return offset ? { zone: offset[1], end: index + offset[0].length } : undefined;
}

/** Reads a time (with an optional zone, and an optional date after it) starting at `index`. */
function readTimeFirst(line: string, index: number): WrittenTime | undefined {
  const clock = readClock(line, index);
  if (!clock) return undefined;
  const result: WrittenTime = { start: index, end: clock.end, text: '', time: clock.time };
  const zone = readZone(line, result.end, false);
  if (zone) Object.assign(result, { zone: zone.zone, end: zone.end });
  const join = matchAt(TIME_DATE_JOIN, line, result.end);
  const date = join ? readDate(line, result.end + join[0].length) : undefined;
  if (date) Object.assign(result, { date: date.date, end: date.end, numeric: date.numeric });
  return result;
}

/** Reads a date (with an optional time and zone after it) starting at `index`. */
function readDateFirst(line: string, index: number): WrittenTime | undefined {
  const date = readDate(line, index);
  if (!date) return undefined;
  const result: WrittenTime = { start: index, end: date.end, text: '', date: date.date, numeric: date.numeric };
  const join = matchAt(DATE_TIME_JOIN, line, result.end);
  const clock = join ? readClock(line, result.end + join[0].length) : undefined;
  if (clock) {
    Object.assign(result, { time: clock.time, end: clock.end });
    const zone = readZone(line, result.end, /^\d{4}-/.test(line.slice(index)));
    if (zone) Object.assign(result, { zone: zone.zone, end: zone.end });
  }
  return result;
}

/** A cheap test that keeps the scanner off lines that cannot hold a date or a time. */
const MAY_HOLD_TIME = /\d/;

/** Every date and time written on a line, left to right. */
export function scanLine(line: string): WrittenTime[] {
  if (!MAY_HOLD_TIME.test(line)) return [];
  const found: WrittenTime[] = [];
  let index = 0;
  while (index < line.length) {
    const next = nextCandidate(line, index);
    if (next < 0) break;
    const written = readDateFirst(line, next) ?? readTimeFirst(line, next);
    if (written) {
      written.text = line.slice(written.start, written.end).trimEnd();
      written.end = written.start + written.text.length;
      found.push(written);
      index = written.end;
    } else {
      index = next + 1;
    }
  }
  return found;
}

/** Words a written date can start with: a month or a weekday. */
const DATE_WORD_PREFIXES = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** The next place a date or time could start: a digit, or a letter that starts a word. */
function nextCandidate(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (isDigit) {
      const prev = i > 0 ? line.charCodeAt(i - 1) : 32;
      if (!(prev >= 48 && prev <= 57)) return i;
    } else if (isLetter) {
      const prev = i > 0 ? line.charCodeAt(i - 1) : 32;
      const prevIsLetter = (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122);
      if (!prevIsLetter && DATE_WORD_PREFIXES.has(line.slice(i, i + 3).toLowerCase())) {
        return i;
      }
    }
  }
  return -1;
}
