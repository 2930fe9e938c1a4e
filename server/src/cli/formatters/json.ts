import type { Metrics } from '../../engine';
import type { FileReport } from '../report';

/** The metrics the JSON output promises, in this order; each only where the document gives it. */
const METRIC_KEYS: ReadonlyArray<keyof Metrics> = [
  'startTime',
  'endTime',
  'durationMinutes',
  'timeToDetectMinutes',
  'timeToAcknowledgeMinutes',
  'timeToEscalateMinutes',
  'timeToMitigateMinutes',
  'timeToResolveMinutes',
];

/**
 * One object per file: `file`, `template`, `diagnostics` (code, alias, severity, message and an
 * LSP range: 0-based line, UTF-16 character) and `metrics` (ISO 8601 times, whole minutes, and
 * `sources`: the 1-based line each time was read from).
 */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.displayPath,
    template: report.template,
    ...(report.fixed !== undefined ? { fixed: report.fixed } : {}),
    diagnostics: report.diagnostics.map((d) => ({ code: d.code, alias: d.alias, severity: d.severity, message: d.message, range: d.range })),
    metrics: pickMetrics(report.metrics),
  }));
  return JSON.stringify(files) + '\n';
}

function pickMetrics(metrics: Metrics): Partial<Metrics> {
  const picked: Partial<Metrics> = {};
  for (const key of METRIC_KEYS) {
    if (metrics[key] !== undefined) (picked as Record<string, unknown>)[key] = metrics[key];
  }
  if (metrics.sources) {
    picked.sources = Object.fromEntries(Object.entries(metrics.sources).map(([key, line]) => [key, line + 1]));
  }
  return picked;
}
