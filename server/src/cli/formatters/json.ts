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
 * One object per file: `file`, `template`, `diagnostics` and `metrics` (ISO 8601 times, whole
 * minutes, and `sources`: the 1-based line each time was read from). Each diagnostic says where it
 * is twice: `line`, `column`, `endLine`, `endColumn` 1-based as ESLint's JSON and editors' "go to
 * line" count, and the LSP `range` (0-based line, UTF-16 character) that editor integrations take
 * as it is. Columns count UTF-16 code units.
 */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.displayPath,
    template: report.template,
    ...(report.fixed !== undefined ? { fixed: report.fixed } : {}),
    ...(report.skippedFixes !== undefined ? { skippedFixes: report.skippedFixes } : {}),
    diagnostics: report.diagnostics.map((d) => ({
      code: d.code,
      alias: d.alias,
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      range: d.range,
    })),
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
