import { addMonths, monthOf, utcDate } from './calendarDate';
import { summarize } from './summary';

/** How many calendar months each side of a trend spans: a quarter, what a review looks back on. */
export const TREND_MONTHS = 3;

export type TrendDirection = 'shorter' | 'longer' | 'same';

/**
 * The median of the last three calendar months (this one included) against the three before.
 * Medians, so one very long incident does not turn a quarter around. No direction when either
 * side has no incidents to compare.
 */
export interface Trend {
  /** First and last month (`YYYY-MM`) of the recent window. */
  recent: { from: string; to: string; count: number; median?: number };
  previous: { from: string; to: string; count: number; median?: number };
  direction?: TrendDirection;
}

export interface DatedValue {
  date?: string;
  value?: number;
}

export function trend(values: readonly DatedValue[], now: Date): Trend {
  const thisMonth = monthOf(utcDate(now));
  const recent = window(values, addMonths(thisMonth, 1 - TREND_MONTHS), thisMonth);
  const previous = window(values, addMonths(thisMonth, 1 - 2 * TREND_MONTHS), addMonths(thisMonth, -TREND_MONTHS));
  return { recent, previous, direction: direction(previous.median, recent.median) };
}

function window(values: readonly DatedValue[], from: string, to: string) {
  const inside = values.filter((v): v is { date: string; value: number } => v.date !== undefined && v.value !== undefined && monthOf(v.date) >= from && monthOf(v.date) <= to);
  const { count, median } = summarize(inside.map((v) => v.value));
  return { from, to, count, median };
}

function direction(before: number | undefined, after: number | undefined): TrendDirection | undefined {
  if (before === undefined || after === undefined) return undefined;
  if (after === before) return 'same';
  return after < before ? 'shorter' : 'longer';
}
