import type { Rule } from '../rule';
import { comparedLabels, firstDetection, minutesLabel, statedBound, windowOffset } from '../timeText';

export const detectionBeforeStart: Rule = {
  id: 'PM018',
  alias: 'detection-before-start',
  description: 'The incident is detected before it starts.',
  defaultLevel: 'warning',
  tags: ['time', 'timeline'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Time to detect is the first number a reviewer asks about, and it cannot be negative: an alert before the start means the start is too late ' +
    '(the impact began before anyone wrote it down, which is worth knowing) or a time is wrong. ' +
    'The first timeline entry that reads as a detection (detected, alerted, noticed, paged, reported) is compared with the start the document states in a field or a range; ' +
    'a start taken from the timeline itself cannot disagree with it. A detection time without a date is read on the day that puts it nearest the incident.\n\n' +
    'Move the start back to when users were first affected, or correct the detection time.',
  check({ document, report }) {
    const start = statedBound(document.start);
    const detection = firstDetection(document.timeline);
    if (!start || !detection) return;
    const offset = windowOffset(detection.time, start, undefined);
    if (offset === undefined || offset >= 0) return;
    const [detected, started] = comparedLabels(detection.time, start.time);
    report({
      message: `Detected at ${detected}, ${minutesLabel(-offset)} before the incident's start (${started}, line ${start.line + 1}); move the start back to when users were first affected, or correct the time.`,
      range: detection.time.range,
    });
  },
};
