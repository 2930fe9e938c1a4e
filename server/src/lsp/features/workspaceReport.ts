import { reportView, rollUpRows, type ReportView } from '../../engine';
import type { PostmortemSummary } from '../workspaceIndex';

/** postmortem/workspaceReport: the index's rows rolled up as `postmortem stats` rolls up files. */
export function workspaceReport(summaries: readonly PostmortemSummary[], now: Date): ReportView {
  return reportView(rollUpRows(summaries.map((s) => s.row), now), now);
}
