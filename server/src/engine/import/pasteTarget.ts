import type { LintResult } from '../lint';
import { walkSections } from '../templates/template';

/**
 * Whether a paste at `line` lands in the timeline: inside the section the template calls the
 * timeline, or among its entries where the document has no such section. A paste elsewhere is
 * ordinary text and is offered nothing.
 */
export function inTimeline(result: LintResult, line: number): boolean {
  const keys = new Set([...walkSections(result.template.sections)].filter((s) => s.role === 'timeline').map((s) => s.key));
  if (result.document.allSections.some((s) => s.key && keys.has(s.key) && s.line <= line && line < s.endLine)) return true;
  const entryLines = result.document.timeline.map((entry) => entry.line);
  return entryLines.length > 0 && Math.min(...entryLines) <= line && line <= Math.max(...entryLines) + 1;
}
