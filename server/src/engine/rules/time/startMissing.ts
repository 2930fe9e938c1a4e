import type { Rule } from '../rule';
import { missingBound } from '../incidentBounds';

export const startMissing: Rule = {
  id: 'PM010',
  alias: 'start-missing',
  description: 'The incident start time is missing or unreadable.',
  defaultLevel: 'warning',
  tags: ['time'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Every number a reader takes from a postmortem (how long it lasted, how long until someone noticed, how long to fix) is measured from the start. ' +
    'The start is read from a field (`Start Time:`, `Began:`, `start:` in front matter), from a range (`Duration: 10:00 to 11:30 AM UTC`), ' +
    'or, failing both, from the timeline (an `OUTAGE BEGINS` entry, else the earliest one); a timeline is enough, so only a document with no time at all is reported as missing.\n\n' +
    'A start field the engine cannot read ("Start Time: morning") is reported on its value: write a date, a time and a zone.',
  check({ document, template, report }) {
    const finding = missingBound(document, template, 'start');
    if (finding) report(finding);
  },
};
