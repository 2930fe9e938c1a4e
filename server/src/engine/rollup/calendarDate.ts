/**
 * Calendar dates as writers put them in a due date, a date field or a title: `2024-03-05`,
 * `March 5, 2024`, `5 March 2024`, `Mar. 5th 2024`. Read to `YYYY-MM-DD`; a date without a year
 * (`March 5`) or a vague one (`Q3`, `end of sprint`) is not a date anything can be compared with.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/;

/** The first calendar date in the text, as `YYYY-MM-DD`, or undefined. */
export function findCalendarDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return validDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return validDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  return undefined;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase();
  // "Sept" is a common spelling; a word that merely starts like a month ("Marching") is not one.
  const index = MONTHS.findIndex((m) => key === m || (key.startsWith(m) && isMonthSpelling(key, m)));
  return index + 1;
}

const FULL_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isMonthSpelling(word: string, short: string): boolean {
  const full = FULL_NAMES[MONTHS.indexOf(short)];
  return full.startsWith(word) || word === 'sept';
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `offset` months after `YYYY-MM` (negative: before). */
export function addMonths(month: string, offset: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
