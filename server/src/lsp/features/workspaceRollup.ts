import { isOverdue, newestFirst } from '../../engine';
import type { RollupPostmortem } from '../../protocol/customMessages';
import type { PostmortemSummary } from '../workspaceIndex';

/** postmortem/workspaceRollup: the index's rows, newest first, each open item marked overdue or not. */
export function workspaceRollup(summaries: readonly PostmortemSummary[], now: Date): { postmortems: RollupPostmortem[] } {
  const rows = summaries.map((s) => s.row).sort(newestFirst);
  return {
    postmortems: rows.map((row) => ({
      uri: row.name,
      line: row.titleLine,
      date: row.date,
      title: row.title,
      severity: row.severity,
      durationMinutes: row.durationMinutes,
      findings: row.findings,
      openActionItems: row.openActionItems.map((item) => ({ text: item.text, line: item.line, owner: item.owner, due: item.due, overdue: isOverdue(item, now) })),
    })),
  };
}
