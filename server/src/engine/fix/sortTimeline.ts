import type { PostmortemDocument, TimelineEntry } from '../model';
import type { TextEdit } from '../rules/rule';
import { isWrittenText } from '../query/proseLines';
import { sectionAt } from '../query/sections';
import { comparable } from '../rules/timeText';
import { maskMarkup } from '../document/maskMarkup';
import { scanLine } from '../time/scan';

/** An entry with the lines that continue it (an indented second line of a list item). */
export interface EntryUnit {
  entry: TimelineEntry;
  first: number;
  last: number;
}

/** Entries that stand together: same shape, indentation and section, only blank lines between. */
export interface TimelineRun {
  units: EntryUnit[];
  first: number;
  last: number;
}

const CONTINUATION = /^(?: {2,}|\t)\S/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const NUMBERED = /^(\s*)\d+([.)]\s)/;

/** Each timeline entry with its continuation lines. */
export function entryUnits(document: PostmortemDocument): EntryUnit[] {
  const entryLines = new Set(document.timeline.map((e) => e.line));
  return document.timeline.map((entry) => {
    let last = entry.line;
    if (entry.source !== 'table') {
      while (last + 1 < document.lines.length && !entryLines.has(last + 1) && CONTINUATION.test(document.lines[last + 1])) last++;
    }
    return { entry, first: entry.line, last };
  });
}

/** How an entry stands on its line, which decides whether and with what it can be moved. */
function shape(document: PostmortemDocument, entry: TimelineEntry): 'table' | 'list' | 'line' | undefined {
  if (entry.source === 'table') return 'table';
  // A list item moves as a whole whatever stands before its time ("- 🔍 14:22 JST — ...").
  if (LIST_ITEM.test(document.lines[entry.line])) return 'list';
  return entry.source === 'line' ? 'line' : undefined;
}

function indent(document: PostmortemDocument, line: number): number {
  const text = document.lines[line];
  return text.length - text.trimStart().length;
}

function continues(document: PostmortemDocument, previous: EntryUnit, unit: EntryUnit): boolean {
  const [a, b] = [previous.entry, unit.entry];
  if (shape(document, a) !== shape(document, b) || indent(document, a.line) !== indent(document, b.line)) return false;
  if (sectionAt(document, a.line) !== sectionAt(document, b.line)) return false;
  for (let line = previous.last + 1; line < unit.first; line++) if (document.lines[line].trim()) return false;
  return unit.first > previous.last;
}

/**
 * The runs of entries a sort may reorder. An entry inside a sentence, in code or a comment, or
 * after any other text than blank lines ends a run: moving it would leave that text behind. The
 * language server folds these runs too.
 */
export function timelineRuns(document: PostmortemDocument): TimelineRun[] {
  const runs: TimelineRun[] = [];
  let run: TimelineRun | undefined;
  for (const unit of entryUnits(document)) {
    if (!shape(document, unit.entry) || !isWrittenText(document, unit.entry.time.range)) {
      run = undefined;
      continue;
    }
    const previous = run?.units[run.units.length - 1];
    if (run && previous && continues(document, previous, unit)) {
      run.units.push(unit);
      run.last = unit.last;
    } else {
      run = { units: [unit], first: unit.first, last: unit.last };
      runs.push(run);
    }
  }
  return runs;
}

/** The run's entries in time order; entries with the same time keep their order. */
export function sortedUnits(run: TimelineRun): EntryUnit[] {
  return [...run.units].sort((a, b) => a.entry.time.epochMs - b.entry.time.epochMs || a.first - b.first);
}

/**
 * The edit that puts a run in time order, carrying continuation lines along, leaving the blank
 * lines between entries where they are and renumbering a numbered list. Undefined when the run
 * is in order, or when one of its times cannot be compared with the others (a zone missing
 * where the rest are in another zone: PM013 asks for it first).
 */
export function sortRunEdit(document: PostmortemDocument, run: TimelineRun): TextEdit | undefined {
  const times = run.units.map((u) => u.entry.time);
  if (!times.every((t) => comparable(t, times[0]))) return undefined;
  // An entry without a date takes its day from the entries around it: moved among dated ones it
  // takes another day, and the sorted run can be out of order again. Those are left to the writer.
  if (times.some((t) => t.hasDate) && times.some((t) => !t.hasDate)) return undefined;
  const sorted = sortedUnits(run);
  if (sorted.every((u, i) => u === run.units[i])) return undefined;
  if (!keepsDays(document, run, sorted)) return undefined;
  const { lines, eol } = document;
  const numbered = run.units.every((u) => NUMBERED.test(lines[u.first]));
  const start = Number(/\d+/.exec(lines[run.first])?.[0] ?? 1);
  const text: string[] = [];
  sorted.forEach((unit, i) => {
    const own = lines.slice(unit.first, unit.last + 1);
    if (numbered) own[0] = own[0].replace(NUMBERED, (_m, space: string, mark: string) => `${space}${start + i}${mark}`);
    for (const line of own) text.push(line);
    const slot = run.units[i];
    const next = run.units[i + 1];
    // Line by line, not push(...slice): the gap between two entries may be 200,000 blank lines.
    if (next) for (let line = slot.last + 1; line < next.first; line++) text.push(lines[line]);
  });
  return { range: { start: { line: run.first, character: 0 }, end: { line: run.last, character: lines[run.last].length } }, newText: text.join(eol) };
}

/**
 * A time without a date takes the day of the nearest line above that writes one. Moving lines
 * must not change that day for any time: undated entries move only when no line of the run
 * writes a date (a continuation line can), and dated ones only when the date the run hands on
 * to the lines below it stays the same.
 */
function keepsDays(document: PostmortemDocument, run: TimelineRun, sorted: readonly EntryUnit[]): boolean {
  // Each unit's lines are read once: both orders visit the same units, and reading a line's times is the costly part.
  const dates = new Map(run.units.map((u) => [u, unitDate(document, u)]));
  if (run.units.every((u) => !u.entry.time.hasDate)) return handedOn(run.units, dates) === undefined;
  return handedOn(run.units, dates) === handedOn(sorted, dates);
}

/** The last date the units write, in the order given, as a key; undefined when they write none. */
function handedOn(units: readonly EntryUnit[], dates: ReadonlyMap<EntryUnit, string | undefined>): string | undefined {
  let last: string | undefined;
  for (const unit of units) last = dates.get(unit) ?? last;
  return last;
}

/** The last date a unit's lines write, as a key ("2024-3-9"); undefined when they write none. */
function unitDate(document: PostmortemDocument, unit: EntryUnit): string | undefined {
  let last: string | undefined;
  for (let line = unit.first; line <= unit.last; line++) {
    const date = scanLine(maskMarkup(document.lines[line])).find((w) => w.date)?.date;
    if (date) last = `${date.year}-${date.month}-${date.day}`;
  }
  return last;
}

/** The edits that sort every run of the timeline (one per run that is out of order). */
export function sortTimelineEdits(document: PostmortemDocument): TextEdit[] {
  return timelineRuns(document).flatMap((run) => sortRunEdit(document, run) ?? []);
}
