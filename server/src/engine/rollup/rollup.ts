import { monthOf } from './calendarDate';
import { openActionItemsByOwner, type OwnerItems } from './actionItems';
import { postmortemRow, type PostmortemRow, type RollupSource } from './row';
import { severityOrder } from './severity';
import { summarize, type Summary } from './summary';
import { trend, type Trend } from './trend';

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  bySeverity: Record<string, number>;
}

export interface TimeToSummary extends Summary {
  trend: Trend;
}

/** Everything a team's roll-up shows: the CLI's `stats` and the editor both take it from here. */
export interface Rollup {
  /** Newest first; undated postmortems last, by name. */
  rows: PostmortemRow[];
  /** The severities that occur, most severe first, team words next, `unknown` last: the columns of a month table. */
  severities: string[];
  /** Oldest month first, only months with incidents. */
  incidentsByMonth: MonthCount[];
  /** Postmortems with no date anywhere, so in no month. */
  undated: number;
  timeTo: { detect: TimeToSummary; mitigate: TimeToSummary; resolve: TimeToSummary };
  openActionItems: OwnerItems[];
}

/** The roll-up of these postmortems; `now` decides what is overdue and where the trend's months fall. */
export function rollUp(sources: readonly RollupSource[], now: Date): Rollup {
  return rollUpRows(sources.map(postmortemRow), now);
}

/**
 * The roll-up of rows already read: the language server keeps a row per file in its workspace
 * index and rolls those up, so the editor's report and `postmortem stats` share these numbers.
 */
export function rollUpRows(unsorted: readonly PostmortemRow[], now: Date): Rollup {
  const rows = [...unsorted].sort(newestFirst);
  const severities = severityOrder(rows.map((r) => r.severity));
  return {
    rows,
    severities,
    incidentsByMonth: incidentsByMonth(rows),
    undated: rows.filter((r) => r.date === undefined).length,
    timeTo: {
      detect: timeTo(rows, (r) => r.timeToDetectMinutes, now),
      mitigate: timeTo(rows, (r) => r.timeToMitigateMinutes, now),
      resolve: timeTo(rows, (r) => r.timeToResolveMinutes, now),
    },
    openActionItems: openActionItemsByOwner(rows, now),
  };
}

export function newestFirst(a: PostmortemRow, b: PostmortemRow): number {
  if (a.date !== b.date) return a.date === undefined ? 1 : b.date === undefined ? -1 : b.date.localeCompare(a.date);
  return a.name.localeCompare(b.name);
}

function incidentsByMonth(rows: readonly PostmortemRow[]): MonthCount[] {
  const months = new Map<string, MonthCount>();
  for (const row of rows) {
    if (row.date === undefined) continue;
    const month = monthOf(row.date);
    const count = months.get(month) ?? { month, total: 0, bySeverity: {} };
    count.total++;
    count.bySeverity[row.severity] = (count.bySeverity[row.severity] ?? 0) + 1;
    months.set(month, count);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function timeTo(rows: readonly PostmortemRow[], metric: (row: PostmortemRow) => number | undefined, now: Date): TimeToSummary {
  const values = rows.map(metric).filter((v): v is number => v !== undefined);
  return { ...summarize(values), trend: trend(rows.map((r) => ({ date: r.date, value: metric(r) })), now) };
}
