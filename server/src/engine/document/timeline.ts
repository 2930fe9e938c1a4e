import type { LifecycleRole, Section, TimeMention, TimelineEntry } from '../model';
import type { MarkdownStructure } from './markdown';
import { lifecycleRoles } from './lifecycle';
import { plainText } from './plainText';
import { nextDay } from '../time/resolve';
import { commentLines } from './comments';
import { scanLine } from '../time/scan';
import { lineRange, trimmedBounds } from './lines';

const TWELVE_HOURS_MS = 12 * 3600_000;
/** What may stand before an entry's time: quote, list and table marks, emphasis, brackets, "~", emoji. */
const LEADING_TIME = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s*|\d+[.)]\s+)?(?:\|\s*)?[\s*_`[(~]*$/;
const DECORATION = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;
/** After a time that opens an entry: "12:06pm EAT: While using curl", "10:15 - Alert". */
const ENTRY_MARK = /^\s*(?:\(?[A-Z]{2,5}\)?\s*)?(?:\*\*|__|\]|\))?\s*(?::|-\s|–|—)/;
const MIN_HEADING_ENTRY_WORDS = 3;

function leadsLine(before: string): boolean {
  // Emoji are not ASCII; most lines have none, and the Unicode pattern is the slow part.
  return LEADING_TIME.test(/[^\x00-\x7f]/.test(before) ? before.replace(DECORATION, '') : before);
}

/** The sections whose lines make the timeline: every section the template calls a timeline. */
export function timelineSections(sections: readonly Section[], timelineKeys: ReadonlySet<string>): Section[] {
  return sections.filter((s) => s.key !== undefined && timelineKeys.has(s.key));
}

/**
 * Timeline entries: in the timeline sections, every line that states a time; with no timeline
 * section, the lines that begin with one.
 */
/**
 * Sentences of prose that state a time, for a document without a timeline: each time with the
 * words between it and the times beside it ("paged the team at 07:15 UTC, and at 07:41 UTC the
 * site was back online" is a page at 07:15 and a recovery at 07:41).
 */
export function readNarrative(lines: readonly string[], structure: MarkdownStructure, timesByLine: ReadonlyMap<number, TimeMention[]>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [line, times] of timesByLine) {
    if (structure.kinds[line] !== 'text' && structure.kinds[line] !== 'list') continue;
    times.forEach((time, i) => {
      const from = i > 0 ? times[i - 1].range.end.character : 0;
      const to = times[i + 1]?.range.start.character ?? lines[line].length;
      const text = plainText(lines[line].slice(from, to));
      const roles = lifecycleRoles(text);
      entries.push({ line, range: time.range, time, text, role: roles[0], roles, source: 'sentence' });
    });
  }
  return rollOverMidnight(entries.sort((a, b) => a.line - b.line));
}

export function readTimeline(
  lines: readonly string[],
  structure: MarkdownStructure,
  sections: readonly Section[],
  inTimeline: readonly Section[],
  timesByLine: ReadonlyMap<number, TimeMention[]>,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  // Marked by line, then walked in order: each line once, however many sections hold it, with no sort.
  const candidate = new Uint8Array(lines.length);
  if (inTimeline.length) for (const s of inTimeline) candidate.fill(1, s.line, s.endLine);
  else for (const [line, times] of timesByLine) if (leadsLine(lines[line].slice(0, times[0].range.start.character))) candidate[line] = 1;
  const enclosingTitle = enclosingTitles(sections);
  const comments = commentLines(lines);
  const titleRoles = lastTitleRoles();
  for (let line = 0; line < lines.length; line++) {
    const times = candidate[line] ? timesByLine.get(line) : undefined;
    if (!times || comments.has(line)) continue;
    const kind = structure.kinds[line];
    const title = enclosingTitle(line) ?? '';
    const trimmed = trimmedBounds(lines[line]);
    for (const { time: opened, text: written, leads, until } of entriesOnLine(lines[line], times)) {
      const source: TimelineEntry['source'] =
        kind === 'table' ? 'table' : kind === 'heading' ? 'heading' : leads ? (kind === 'list' ? 'list' : 'line') : 'sentence';
      const text =
        source === 'heading' && words(written) < MIN_HEADING_ENTRY_WORDS
          ? `${written} ${paragraphAfter(lines, structure, line)}`.trim()
          : source === 'sentence' && !timesByLine.has(line + 1) && words(entryText(lines[line], opened)) === 1
            ? `${written} ${messageAfter(lines, structure, line, timesByLine)}`.trim()
            : written;
      // Roles come most decisive first, so the first is the entry's role.
      const own = lifecycleRoles(text);
      const roles = own.length ? own : titleRoles(title).slice();
      // A period that ends the incident ("15:10–15:30 — ... back to baseline") ends it when the period does.
      const time = until && roles[0] === 'resolved' ? until : opened;
      entries.push({
        line,
        range: lineRange(line, trimmed.start, trimmed.end),
        time,
        text,
        role: roles[0],
        roles,
        source,
      });
    }
  }
  return rollOverMidnight(entries);
}

/**
 * The roles a section title names, read once per title rather than once per entry under it: a
 * timeline of 100,000 entries that name no role of their own asks for the same title's each time.
 * Callers copy the array, so no two entries share one.
 */
function lastTitleRoles(): (title: string) => readonly LifecycleRole[] {
  let lastTitle: string | undefined;
  let roles: LifecycleRole[] = [];
  return (title) => {
    if (title !== lastTitle) [lastTitle, roles] = [title, lifecycleRoles(title)];
    return roles;
  };
}

/**
 * The entries a line holds: one per time that opens an entry ("12:00pm EAT: Issue was detected.
 * 12:06pm EAT: While using curl ..." is two), else one for its first time.
 */
function entriesOnLine(line: string, times: readonly TimeMention[]): Array<{ time: TimeMention; text: string; leads: boolean; until?: TimeMention }> {
  const leads = leadsLine(line.slice(0, times[0].range.start.character));
  // A later time opens an entry only after some words of the one before: "12:48 (6:48 PDT):" is one time written twice.
  const opening = times.filter((t, i) => (i === 0 && leads) || (ENTRY_MARK.test(line.slice(t.range.end.character)) && (i === 0 || words(line.slice(times[i - 1].range.end.character, t.range.start.character)) >= 2)));
  if (opening.length < 2) {
    const time = times[0];
    const until = leads ? periodEnd(line, times) : undefined;
    // A sentence reads wrong with its time cut out ("Detected at through alerts").
    const text = leads ? entryText(line, until ?? time, time) : plainText(line).replace(/^(?:[-*+]|\d+[.)])\s+/, '');
    return [{ time, text, leads, until }];
  }
  return opening.map((time, i) => {
    const end = opening[i + 1]?.range.start.character ?? line.length;
    return { time, text: entryText(line.slice(0, end), time), leads: true };
  });
}

const PERIOD_DASH = /^\s*(?:-|–|—|to|until)\s*$/i;

/** "15:10–15:30 — Customers retry": an entry that covers a period, and the time it ends. */
function periodEnd(line: string, times: readonly TimeMention[]): TimeMention | undefined {
  const next = times[1];
  return next && PERIOD_DASH.test(line.slice(times[0].range.end.character, next.range.start.character)) ? next : undefined;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The paragraph under a heading entry ("### 2021-06-11 21:01" then what happened). */
function paragraphAfter(lines: readonly string[], structure: MarkdownStructure, line: number): string {
  const parts: string[] = [];
  for (let i = line + 1; i < lines.length && parts.length < 3; i++) {
    const kind = structure.kinds[i];
    if (kind === 'heading') break;
    if (kind === 'blank') {
      if (parts.length) break;
      continue;
    }
    parts.push(plainText(lines[i]));
  }
  return parts.join(' ');
}

/**
 * Whether the timeline opens with days, written without a time, before its first timed entry
 * ("2024-03-04 — Repository made public", then "2024-03-19 09:47 — alert"): the incident began
 * on one of those days, at a time the document does not know.
 */
export function opensBeforeItsTimes(lines: readonly string[], inTimeline: readonly Section[], first: TimelineEntry | undefined): boolean {
  // Only when the timeline's times start at the detection: it had been going on unseen.
  if (!first?.time.hasDate || !first.roles.includes('detected')) return false;
  const firstDay = first.time.iso.slice(0, 10);
  for (const section of inTimeline) {
    for (let line = section.line + 1; line < Math.min(section.endLine, first.line); line++) {
      const [written] = scanLine(lines[line]);
      if (!written?.date || written.time || written.date.year === 0 || !leadsLine(lines[line].slice(0, written.start))) continue;
      const day = `${written.date.year}-${String(written.date.month).padStart(2, '0')}-${String(written.date.day).padStart(2, '0')}`;
      if (day < firstDay) return true;
    }
  }
  return false;
}

function entryText(line: string, time: TimeMention, from = time): string {
  const without = line.slice(0, from.range.start.character) + ' ' + line.slice(time.range.end.character);
  return without
    .replace(/^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/, '')
    .replace(/\|/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/^[\s:\-–—,.)\]*_~]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A chat log pasted as "**kim** 10:14 AM" with the message on the lines below: the message, up to
 * a blank line, a heading or the next line with a time.
 */
function messageAfter(lines: readonly string[], structure: MarkdownStructure, line: number, timesByLine: ReadonlyMap<number, unknown>): string {
  const parts: string[] = [];
  for (let i = line + 1; i < lines.length && parts.length < 3; i++) {
    if (structure.kinds[i] === 'heading' || structure.kinds[i] === 'blank' || timesByLine.has(i)) break;
    parts.push(plainText(lines[i]));
  }
  return parts.join(' ');
}

/**
 * The title of the innermost section holding a line, for lines asked in ascending order: one
 * pointer walks the sections (in document order) once, instead of a scan of them all per entry,
 * which made long timelines with a sub-section per day quadratic. The innermost section is the
 * last one opened at or before the line, or the nearest of its parents that is still open.
 */
function enclosingTitles(sections: readonly Section[]): (line: number) => string | undefined {
  let next = 0;
  let last: Section | undefined;
  return (line) => {
    while (next < sections.length && sections[next].line <= line) last = sections[next++];
    let section = last;
    while (section && line >= section.endLine) section = section.parent;
    return section?.title;
  };
}

/**
 * A dateless time earlier than the entry before it, but less than twelve hours earlier once
 * moved a day on, crossed midnight: 23:50 then 00:10 is ten minutes later, not a day earlier.
 */
function rollOverMidnight(entries: TimelineEntry[]): TimelineEntry[] {
  for (let i = 1; i < entries.length; i++) {
    const previous = entries[i - 1].time;
    const current = entries[i].time;
    if (current.hasDate || current.epochMs >= previous.epochMs) continue;
    const moved = nextDay(current);
    if (moved.epochMs >= previous.epochMs && moved.epochMs - previous.epochMs < TWELVE_HOURS_MS) entries[i].time = moved;
  }
  return entries;
}
