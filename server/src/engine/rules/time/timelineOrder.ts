import type { TimelineEntry } from '../../model';
import type { Rule, TextEdit } from '../rule';
import { isWrittenText } from '../../query/proseLines';
import { sectionAt } from '../../query/sections';
import { comparable, timeLabels } from '../timeText';
import { sortedUnits, sortRunEdit, timelineRuns, type TimelineRun } from '../../fix/sortTimeline';

export const timelineOrder: Rule = {
  id: 'PM015',
  alias: 'timeline-order',
  description: 'Timeline entries are not in time order.',
  defaultLevel: 'warning',
  tags: ['time', 'timeline'],
  fixable: true,
  defaultOptions: {},
  rationale:
    'A timeline is read top to bottom as the story of the incident; an entry out of place makes the reader rebuild the order, or hides a typo in a time. ' +
    'Each entry is compared with the one above it in the same section: a timeline split by topic (the ALX rubric\'s Detection, Actions Taken, Escalation) ' +
    'is in order within each part, not across them. A time without a date that goes back across midnight (23:50 then 00:10) is read as the next day, so it is not reported; ' +
    'an entry that sits after a much later one is, once, even if the entries after it are in order again. ' +
    'Entries that each go back from the one above them (a timeline written newest first, as status pages do) are one finding, on the first of them, not one per entry. ' +
    'Two entries are not compared when one has no zone and the other is in a different one (PM013 asks for the zone).\n\n' +
    'The fix sorts the run of entries the finding is in, by time, keeping entries with the same time in their order, carrying indented continuation lines along ' +
    'and renumbering a numbered list; the editor\'s "Sort Timeline" command does the same for every run. ' +
    'It is offered when the entries are list items (whatever stands before the time in them), table rows or lines that start with their time, ' +
    'in one run with nothing but blank lines between them, when no entry in the run lacks a zone the others have, and when the run does not mix entries with and without a date (an entry without one takes its day from its neighbours, so moving it changes its day); ' +
    'for times inside paragraphs, entries separated by other text, or a run that mixes zones, reorder by hand.',
  check({ document, report }) {
    const entries = document.timeline.filter((e) => isWrittenText(document, e.time.range));
    const runOf = new Map<TimelineEntry, TimelineRun>();
    for (const run of timelineRuns(document)) for (const unit of run.units) runOf.set(unit.entry, run);
    // One sort per run, however many of its entries are out of order: a reversed run stays linear.
    const sorts = new Map<TimelineRun, TextEdit | undefined>();
    const index = new Map(entries.map((e, i) => [e, i]));
    const sortOnce = (run: TimelineRun) => {
      if (!sorts.has(run)) sorts.set(run, keepsNeighboursInOrder(run) ? sortRunEdit(document, run) : undefined);
      return sorts.get(run);
    };
    /**
     * A sorted run must also fit between the entries around it (a nested list item right after
     * it is compared with its new last entry): else the sort trades one finding for another.
     * The neighbours are compared with the entries the sort puts first and last, not with the
     * run's first and last as written: a neighbour without a zone can be comparable with one
     * entry of a run and not with another.
     */
    const keepsNeighboursInOrder = (run: TimelineRun) => {
      const sorted = sortedUnits(run);
      const [earliest, latest] = [sorted[0].entry, sorted[sorted.length - 1].entry];
      const first = index.get(run.units[0].entry) ?? -1;
      const last = index.get(run.units[run.units.length - 1].entry) ?? -1;
      const near = (i: number, unit: TimelineEntry) => {
        const e = entries[i];
        return e && sectionAt(document, e.line) === sectionAt(document, unit.line) && comparable(e.time, unit.time) ? e : undefined;
      };
      const before = first > 0 ? near(first - 1, earliest) : undefined;
      const after = last >= 0 ? near(last + 1, latest) : undefined;
      return (!before || before.time.epochMs <= earliest.time.epochMs) && (!after || after.time.epochMs >= latest.time.epochMs);
    };
    /** The entry at `i` when it is earlier than the one above it in its section, and the two can be compared. */
    const backwards = (i: number) => {
      const [entry, previous] = [entries[i], entries[i - 1]];
      return !!previous && !!entry && sectionAt(document, previous.line) === sectionAt(document, entry.line) && entry.time.epochMs < previous.time.epochMs && comparable(entry.time, previous.time);
    };
    for (let i = 1; i < entries.length; i++) {
      if (!backwards(i)) continue;
      const [entry, previous] = [entries[i], entries[i - 1]];
      const run = runOf.get(entry);
      // Entries that each go back from the one above (a timeline written newest first) are one mistake.
      let last = i;
      while (backwards(last + 1) && runOf.get(entries[last + 1]) === run) last++;
      const edit = run && run === runOf.get(previous) ? sortOnce(run) : undefined;
      report({
        message: last === i ? outOfPlace(entry, previous) : runningBackwards(entry, entries[last], previous),
        range: entry.time.range,
        fix: edit && { title: `Sort these ${run!.units.length} timeline entries by time`, edits: [edit], safe: true },
      });
      i = last;
    }
  },
};

function outOfPlace(entry: TimelineEntry, previous: TimelineEntry): string {
  const [at, before] = timeLabels(entry.time, previous.time);
  return `Timeline entry at ${at} is earlier than the entry above it (${before}, line ${previous.line + 1}); keep the timeline in time order.`;
}

function runningBackwards(first: TimelineEntry, last: TimelineEntry, previous: TimelineEntry): string {
  const [from, to, before] = timeLabels(first.time, last.time, previous.time);
  return `Timeline entries on lines ${first.line + 1}–${last.line + 1} go back in time, from ${from} down to ${to}, after ${before} on line ${previous.line + 1}; keep the timeline in time order, oldest first.`;
}
