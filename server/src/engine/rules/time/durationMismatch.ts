import type { IncidentBound, LifecycleRole, PostmortemDocument } from '../../model';
import type { Rule } from '../rule';
import { comparable, minutesLabel, spanLabel } from '../timeText';
import { minutesBetween } from '../../time/resolve';

const TOLERANCE_MINUTES = 5;
const TOLERANCE_SHARE = 0.1;

export const durationMismatch: Rule = {
  id: 'PM017',
  alias: 'duration-mismatch',
  description: 'A stated duration disagrees with the start and end times.',
  defaultLevel: 'warning',
  tags: ['time'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Summaries are quoted: "a 2-hour outage" ends up in the status page and the quarterly report. When the start and end say 2 h 45 min, one of them is wrong. ' +
    'Each duration the summary or a `Duration:` field states ("lasted 2 hours", "a 45-minute outage") is compared with the time from the start to the end; ' +
    'rounding is fine, so they must differ by more than 5 minutes and by more than 10% to be reported.\n\n' +
    'The start and end must be stated (fields or a range) or marked in the timeline (`OUTAGE BEGINS`, a resolution entry). ' +
    'The first and last timeline entries alone are not compared: a timeline rightly runs from the leadup to the follow-up, longer than the outage.',
  check({ document, report }) {
    const { start, end } = document;
    if (!start || !end || !comparable(start.time, end.time)) return;
    // The span itself, not the duration metric, which takes a stated duration where there is one.
    const minutes = minutesBetween(start.time, end.time);
    if (minutes < 0) return;
    if (!marks(document, start, 'started') || !marks(document, end, 'resolved')) return;
    for (const stated of document.statedDurations) {
      const difference = Math.abs(stated.minutes - minutes);
      if (difference <= Math.max(TOLERANCE_MINUTES, TOLERANCE_SHARE * minutes)) continue;
      report({
        message: `States ${stated.text}, but start to end is ${minutesLabel(minutes)} (${spanLabel(start.time, end.time)}); correct the duration or the times.`,
        range: stated.range,
      });
    }
  },
};

/** Whether a bound is the incident's own start or end, not just the timeline's first or last line. */
function marks(document: PostmortemDocument, bound: IncidentBound, role: LifecycleRole): boolean {
  if (bound.source !== 'timeline') return true;
  return document.timeline.some((e) => e.line === bound.line && e.role === role);
}
