import { formatMinutes } from '../format/minutes';
import { findSeverity, SEVERITIES } from '../incident/severities';
import { addMonths, monthOf, utcDate } from './calendarDate';
import type { Rollup, TimeToSummary } from './rollup';
import { UNKNOWN_SEVERITY } from './severity';
import type { TrendDirection } from './trend';

/** How a severity is coloured: the listed ones by rank, a team's own words alike, none apart. */
export type SeverityTone = 'sev1' | 'sev2' | 'sev3' | 'sev4' | 'sev5' | 'other' | 'unknown';

export interface ReportMonth {
  /** `YYYY-MM`. */
  month: string;
  /** "Mar 2026". */
  label: string;
  /** Under the bar: "Mar", with the year on January and on the first bar ("Jan 2026"). */
  short: string;
  total: number;
  /** In the order of the report's severities; severities with none this month left out. */
  bySeverity: Array<{ severity: string; tone: SeverityTone; count: number }>;
}

export interface ReportTimeTo {
  metric: 'detect' | 'mitigate' | 'resolve';
  label: string;
  /** How many postmortems state this figure. */
  count: number;
  mean: string;
  median: string;
  p90: string;
  direction?: TrendDirection;
  /** "median 20m in 2026-01..2026-03 against 45m in 2025-10..2025-12". */
  trend: string;
}

export interface ReportItem {
  text: string;
  due?: string;
  overdue: boolean;
  /** The postmortem it comes from, as the roll-up names it (a URI in the editor). */
  name: string;
  title: string;
  /** 0-based. */
  line: number;
}

export interface ReportRow {
  name: string;
  title: string;
  date?: string;
  severity: string;
  tone: SeverityTone;
  duration?: string;
  /** 0-based line of the title. */
  line: number;
}

/**
 * The team's roll-up as the editor's report shows it, every figure written as the CLI writes it:
 * incidents per month by severity as a chart's bars, time to detect, mitigate and resolve, open
 * action items by owner with the overdue ones first, and the postmortems themselves.
 */
export interface ReportView {
  /** The day overdue and the trend are measured against (UTC). */
  asOf: string;
  severities: Array<{ severity: string; tone: SeverityTone }>;
  /** Every month from the first with an incident to this one (at most REPORT_MONTHS), quiet months too. */
  months: ReportMonth[];
  /** The most incidents in one month shown: the chart's full height. */
  maxPerMonth: number;
  /** Dated incidents in months before the chart begins. */
  earlier: number;
  undated: number;
  timeTo: ReportTimeTo[];
  owners: Array<{ owner: string; overdue: number; items: ReportItem[] }>;
  rows: ReportRow[];
}

/** A year of months: what a yearly review looks back on, and what a chart's width holds readably. */
export const REPORT_MONTHS = 12;
const NONE = '-';
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function reportView(rollup: Rollup, now: Date): ReportView {
  const { months, earlier } = chartMonths(rollup, monthOf(utcDate(now)));
  return {
    asOf: utcDate(now),
    severities: rollup.severities.map((severity) => ({ severity, tone: severityTone(severity) })),
    months,
    maxPerMonth: Math.max(0, ...months.map((m) => m.total)),
    earlier,
    undated: rollup.undated,
    timeTo: [
      timeTo('detect', 'Time to detect', rollup.timeTo.detect),
      timeTo('mitigate', 'Time to mitigate', rollup.timeTo.mitigate),
      timeTo('resolve', 'Time to resolve', rollup.timeTo.resolve),
    ],
    owners: rollup.openActionItems.map((o) => ({
      owner: o.owner,
      overdue: o.overdue,
      items: o.items.map((i) => ({ text: i.text, due: i.due, overdue: i.overdue, name: i.name, title: i.title, line: i.line })),
    })),
    rows: rollup.rows.map((r) => ({
      name: r.name,
      title: r.title,
      date: r.date,
      severity: r.severity,
      tone: severityTone(r.severity),
      duration: r.durationMinutes === undefined ? undefined : formatMinutes(r.durationMinutes),
      line: r.titleLine,
    })),
  };
}

function chartMonths(rollup: Rollup, thisMonth: string): { months: ReportMonth[]; earlier: number } {
  const counted = new Map(rollup.incidentsByMonth.map((m) => [m.month, m]));
  if (!counted.size) return { months: [], earlier: 0 };
  const last = [thisMonth, ...counted.keys()].sort().at(-1)!;
  const first = [rollup.incidentsByMonth[0].month, addMonths(last, 1 - REPORT_MONTHS)].sort().at(-1)!;
  const months: ReportMonth[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) {
    const count = counted.get(month);
    const name = MONTH_NAMES[Number(month.slice(5)) - 1];
    months.push({
      month,
      label: `${name} ${month.slice(0, 4)}`,
      short: month === first || name === 'Jan' ? `${name} ${month.slice(0, 4)}` : name,
      total: count?.total ?? 0,
      bySeverity: rollup.severities.filter((s) => count?.bySeverity[s]).map((severity) => ({ severity, tone: severityTone(severity), count: count!.bySeverity[severity] })),
    });
  }
  const earlier = rollup.incidentsByMonth.filter((m) => m.month < first).reduce((sum, m) => sum + m.total, 0);
  return { months, earlier };
}

export function severityTone(severity: string): SeverityTone {
  if (severity === UNKNOWN_SEVERITY) return 'unknown';
  const listed = findSeverity(severity);
  return listed ? (`sev${SEVERITIES.indexOf(listed) + 1}` as SeverityTone) : 'other';
}

function timeTo(metric: ReportTimeTo['metric'], label: string, summary: TimeToSummary): ReportTimeTo {
  const minutes = (value: number | undefined) => (value === undefined ? NONE : formatMinutes(value));
  const { recent, previous, direction } = summary.trend;
  return {
    metric,
    label,
    count: summary.count,
    mean: minutes(summary.mean),
    median: minutes(summary.median),
    p90: minutes(summary.p90),
    direction,
    trend: `median ${minutes(recent.median)} in ${recent.from}..${recent.to} against ${minutes(previous.median)} in ${previous.from}..${previous.to}`,
  };
}
