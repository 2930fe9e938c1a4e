import type { Rollup } from '../../../engine';

/**
 * One row per postmortem, for a spreadsheet or a dashboard: RFC 4180 (comma separated, CRLF line
 * ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled). Durations
 * in whole minutes, empty where the document does not give them. The aggregates are not rows of
 * this table; they are in the json, table and markdown formats.
 */
export function formatStatsCsv(rollup: Rollup): string {
  const header = ['file', 'date', 'title', 'severity', 'duration_minutes', 'time_to_detect_minutes', 'time_to_mitigate_minutes', 'time_to_resolve_minutes', 'open_action_items', 'findings'];
  const rows = rollup.rows.map((r) => [
    r.name,
    r.date,
    r.title,
    r.severity,
    r.durationMinutes,
    r.timeToDetectMinutes,
    r.timeToMitigateMinutes,
    r.timeToResolveMinutes,
    r.openActionItems.length,
    r.findings,
  ]);
  return [header, ...rows].map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}

/**
 * A field as RFC 4180 writes it. Text from a document (a title, a severity, a file name) that a
 * spreadsheet would run as a formula gets a single quote in front, as OWASP's guidance on CSV
 * injection says: a title such as `=HYPERLINK(...)` stays text. Numbers are ours and stay numbers.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : inertText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What a spreadsheet reads as the start of a formula: = + - @, or a tab, carriage return or NUL. */
const FORMULA_START = /^[=+\-@\t\r\0]/;

function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
