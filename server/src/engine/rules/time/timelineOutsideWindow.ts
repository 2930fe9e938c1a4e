import type { Rule } from '../rule';
import { comparedLabels, firstDetection, statedBound, windowOffset } from '../timeText';

/** What happens before an incident on purpose: the change that set it off, or what it rode on. */
const LEADUP = /\b(?:deploy\w*|releas\w*|roll(?:ed|ing)?[ -]?out\w*|chang\w*|config\w*|migrat\w*|merg\w*|push\w*|commit\w*|updat\w*|upgrad\w*|cron\w*|schedul\w*|maintenance|began|begins|started|starts|introduc\w*)\b/i;
/** What rightly comes after it: the review and the watching that follow a fix. */
const FOLLOW_UP = /\b(?:post-?mortem|retro\w*|review\w*|monitor\w*|follow[ -]?ups?|report\w*|observ\w*|confirmed stable|all clear)\b/i;

export const timelineOutsideWindow: Rule = {
  id: 'PM016',
  alias: 'timeline-outside-window',
  description: "A timeline entry falls outside the incident's stated start and end.",
  defaultLevel: 'warning',
  tags: ['time', 'timeline'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'When the summary says the outage ran from 10:00 to 14:00 and the timeline has the service failing at 9:40, one of them is wrong, and the duration readers quote is wrong with it. ' +
    'Entries are checked against a start and end the document states (fields, or a range like "10:00 to 14:00 UTC"), not against the timeline\'s own ends.\n\n' +
    'A timeline should start before the incident, though: entries before the start that tell the leadup (a deploy, release, config change, migration, merge, cron job, maintenance, ' +
    '"the job started") are fine, and so are entries after the end that tell the follow-up (postmortem, review, monitoring, report). ' +
    'A detection before the start is left to PM018, an end before the start to PM012, and times in different zones when one of them has none to PM013. ' +
    'A time without a date is read on whichever day, the one it was given or the one before or after, puts it nearest the incident, so a timeline under ' +
    '"End: February 1, 00:55" that starts at 23:35 is not read as a day late.',
  check({ document, report }) {
    const start = statedBound(document.start);
    const end = statedBound(document.end);
    if (!start && !end) return;
    const detection = firstDetection(document.timeline);
    for (const entry of document.timeline) {
      const offset = windowOffset(entry.time, start, end);
      if (!offset) continue;
      if (offset < 0 && start && entry !== detection && !LEADUP.test(entry.text)) {
        const [at, bound] = comparedLabels(entry.time, start.time);
        report({
          message: `Timeline entry at ${at} is before the incident's start (${bound}, line ${start.line + 1}); fix the time or the start, or say what led up to the incident here.`,
          range: entry.time.range,
        });
      } else if (offset > 0 && end && !FOLLOW_UP.test(entry.text)) {
        const [at, bound] = comparedLabels(entry.time, end.time);
        report({
          message: `Timeline entry at ${at} is after the incident's end (${bound}, line ${end.line + 1}); fix the time or the end, or make clear it is follow-up.`,
          range: entry.time.range,
        });
      }
    }
  },
};
