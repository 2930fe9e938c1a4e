import type { PostmortemDocument, TimelineEntry } from '../../model';
import type { Fix, Rule } from '../rule';
import { isWrittenText } from '../proseLines';
import { sectionAt } from '../sectionHelpers';
import { comparable, timeLabels } from '../timeText';
import { lineReorder } from '../../fix/lineReorder';

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
    'Two entries are not compared when one has no zone and the other is in a different one (PM013 asks for the zone).\n\n' +
    'The fix sorts the block of entries the finding is in, by time, keeping entries with the same time in their order. ' +
    'It is offered when the entries are list items (whatever stands before the time in them), table rows or lines that start with their time, ' +
    'in one run with nothing but blank lines between them, and when no entry in the run lacks a zone the others have; ' +
    'for times inside paragraphs, entries with lines of their own underneath, or a run that mixes zones, reorder by hand.',
  check({ document, report }) {
    const entries = document.timeline.filter((e) => isWrittenText(document, e.time.range));
    const blocks = sortableBlocks(document, entries);
    entries.forEach((entry, i) => {
      const previous = entries[i - 1] && sectionAt(document, entries[i - 1].line) === sectionAt(document, entry.line) ? entries[i - 1] : undefined;
      if (!previous || entry.time.epochMs >= previous.time.epochMs || !comparable(entry.time, previous.time)) return;
      const [at, before] = timeLabels(entry.time, previous.time);
      const block = blocks.get(entry);
      report({
        message: `Timeline entry at ${at} is earlier than the entry above it (${before}, line ${previous.line + 1}); keep the timeline in time order.`,
        range: entry.time.range,
        fix: block && block === blocks.get(previous) && block.every((e) => comparable(e.time, entry.time)) ? sortFix(document, block) : undefined,
      });
    });
  },
};

/**
 * Runs of entries whose lines can be moved as wholes: same kind, same indentation, and only
 * blank lines between them. A line of any other text in between (a wrapped line, a sub-item)
 * ends the run, since moving the entry would leave it behind.
 */
function sortableBlocks(document: PostmortemDocument, entries: readonly TimelineEntry[]): Map<TimelineEntry, TimelineEntry[]> {
  const blocks = new Map<TimelineEntry, TimelineEntry[]>();
  let block: TimelineEntry[] = [];
  let previous: TimelineEntry | undefined;
  for (const entry of entries) {
    if (!shape(document, entry)) {
      previous = undefined;
      continue;
    }
    if (!previous || !continues(document, previous, entry)) block = [];
    block.push(entry);
    blocks.set(entry, block);
    previous = entry;
  }
  return blocks;
}

/** How an entry stands on its line, which decides whether and with what it can be moved. */
function shape(document: PostmortemDocument, entry: TimelineEntry): 'table' | 'list' | 'line' | undefined {
  if (entry.source === 'table') return 'table';
  // A list item moves as a whole whatever stands before its time ("- 🔍 14:22 JST — ...").
  if (LIST_ITEM.test(document.lines[entry.line])) return 'list';
  return entry.source === 'line' ? 'line' : undefined;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

function continues(document: PostmortemDocument, previous: TimelineEntry, entry: TimelineEntry): boolean {
  if (shape(document, previous) !== shape(document, entry) || indent(document, previous.line) !== indent(document, entry.line)) return false;
  for (let line = previous.line + 1; line < entry.line; line++) if (document.lines[line].trim()) return false;
  return entry.line > previous.line;
}

function indent(document: PostmortemDocument, line: number): number {
  const text = document.lines[line];
  return text.length - text.trimStart().length;
}

function sortFix(document: PostmortemDocument, block: readonly TimelineEntry[]): Fix {
  const sorted = [...block].sort((a, b) => a.time.epochMs - b.time.epochMs || a.line - b.line);
  return {
    title: `Sort these ${block.length} timeline entries by time`,
    edits: [lineReorder(document, block.map((e) => e.line), sorted.map((e) => e.line))],
  };
}
