import type { Rule } from '../rule';
import { missingBound } from '../incidentBounds';

export const endMissing: Rule = {
  id: 'PM011',
  alias: 'end-missing',
  description: 'The incident end time is missing or unreadable.',
  defaultLevel: 'warning',
  tags: ['time'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Without an end, the incident has no duration and no time to resolve, and a reader cannot tell whether it is over. ' +
    'The end is read from a field (`End Time:`, `Resolved:`, `end:` in front matter), from a range (`Duration: 10:00 to 11:30 AM UTC`), ' +
    'or from the timeline (an `OUTAGE ENDS` or resolution entry, else the latest one).\n\n' +
    'An end field the engine cannot read ("End Time: after lunch") is reported on its value: write a date, a time and a zone.',
  check({ document, template, report }) {
    const finding = missingBound(document, template, 'end');
    if (finding) report(finding);
  },
};
