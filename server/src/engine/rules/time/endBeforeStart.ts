import type { Rule } from '../rule';
import { comparable, minutesLabel, timeLabels } from '../timeText';
import { minutesBetween } from '../../time/resolve';

export const endBeforeStart: Rule = {
  id: 'PM012',
  alias: 'end-before-start',
  description: 'The incident ends before it starts.',
  defaultLevel: 'error',
  tags: ['time'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'An end before the start is always a mistake, usually AM for PM, a wrong date, or times in two zones; every duration computed from it is nonsense, ' +
    'and incident tools refuse negative durations. An end written without a date that falls before the start is first read as the next day ' +
    '("Start: 11:30 PM, End: 1:15 AM"), so crossing midnight is not reported. When one of the two has no zone and the other has a different one, ' +
    'the order depends on the guessed zone; PM013 reports that instead.\n\n' +
    'Check the date, AM/PM and the zone of both times.',
  check({ document, report }) {
    const { start, end } = document;
    if (!start || !end || end.time.epochMs >= start.time.epochMs || !comparable(start.time, end.time)) return;
    const [startText, endText] = timeLabels(start.time, end.time);
    report({
      message: `The incident ends at ${endText}, ${minutesLabel(minutesBetween(end.time, start.time))} before it starts (${startText}, line ${start.line + 1}); check the date, AM/PM and zone.`,
      range: end.time.range,
    });
  },
};
