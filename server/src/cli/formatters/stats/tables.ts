import { formatMinutes, type Rollup, type TimeToSummary } from '../../../engine';

/** A titled table of text cells: what the `table` and `markdown` formats both draw. */
export interface StatsTable {
  title: string;
  headers: string[];
  rows: string[][];
  /** A line under the table (what a figure means, what was left out). */
  note?: string;
}

const NONE = '-';

function minutes(value: number | undefined): string {
  return value === undefined ? NONE : formatMinutes(value);
}

/** The roll-up as the tables a monthly review reads, in the order it reads them. */
export function statsTables(rollup: Rollup, asOf: string): StatsTable[] {
  return [postmortems(rollup), incidentsByMonth(rollup), timeTo(rollup), actionItems(rollup, asOf)];
}

function postmortems(rollup: Rollup): StatsTable {
  return {
    title: 'Postmortems',
    headers: ['Date', 'Title', 'Severity', 'Duration', 'TTD', 'TTM', 'TTR', 'Open actions', 'Findings', 'File'],
    rows: rollup.rows.map((r) => [
      r.date ?? NONE,
      r.title,
      r.severity,
      minutes(r.durationMinutes),
      minutes(r.timeToDetectMinutes),
      minutes(r.timeToMitigateMinutes),
      minutes(r.timeToResolveMinutes),
      String(r.openActionItems.length),
      String(r.findings),
      r.name,
    ]),
  };
}

function incidentsByMonth(rollup: Rollup): StatsTable {
  return {
    title: 'Incidents per month',
    headers: ['Month', ...rollup.severities, 'Total'],
    rows: rollup.incidentsByMonth.map((m) => [m.month, ...rollup.severities.map((s) => String(m.bySeverity[s] ?? 0)), String(m.total)]),
    note: rollup.undated ? `${rollup.undated} postmortem${rollup.undated === 1 ? '' : 's'} with no date, in no month.` : undefined,
  };
}

function timeTo(rollup: Rollup): StatsTable {
  const row = (name: string, s: TimeToSummary) => [
    name,
    String(s.count),
    minutes(s.mean),
    minutes(s.median),
    minutes(s.p90),
    minutes(s.trend.recent.median),
    minutes(s.trend.previous.median),
    s.trend.direction ?? NONE,
  ];
  const { recent, previous } = rollup.timeTo.detect.trend;
  return {
    title: 'Time to detect, mitigate and resolve',
    headers: ['Metric', 'Postmortems', 'Mean', 'Median', 'P90', `Median ${recent.from}..${recent.to}`, `Median ${previous.from}..${previous.to}`, 'Trend'],
    rows: [row('Detect', rollup.timeTo.detect), row('Mitigate', rollup.timeTo.mitigate), row('Resolve', rollup.timeTo.resolve)],
  };
}

function actionItems(rollup: Rollup, asOf: string): StatsTable {
  return {
    title: 'Open action items by owner',
    headers: ['Owner', 'Due', 'Overdue', 'Action', 'Postmortem'],
    rows: rollup.openActionItems.flatMap((o) => o.items.map((i) => [o.owner, i.due ?? NONE, i.overdue ? 'overdue' : '', i.text, `${i.name}:${i.line + 1}`])),
    note: `Overdue: due before ${asOf}.`,
  };
}
