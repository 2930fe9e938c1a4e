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
  // A loop, not Math.min(...lines): spread arguments overflow the stack on a very long timeline.
  let first = Infinity;
  let last = -Infinity;
  for (const entry of result.document.timeline) {
    first = Math.min(first, entry.line);
    last = Math.max(last, entry.line);
  }
  return first <= line && line <= last + 1;
}
