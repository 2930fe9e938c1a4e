import type { Section, TimeMention, TimelineEntry } from '../model';
import type { MarkdownStructure } from './markdown';
import { lifecycleRole, lifecycleRoles } from './lifecycle';
import { plainText } from './plainText';
import { nextDay } from '../time/resolve';

const TWELVE_HOURS_MS = 12 * 3600_000;
const LEADING_TIME = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\|\s*)?(?:\*\*|__|`|\[)?\s*$/;

/** The sections whose lines make the timeline: every section the template calls a timeline. */
export function timelineSections(sections: readonly Section[], timelineKeys: ReadonlySet<string>): Section[] {
  return sections.filter((s) => s.key !== undefined && timelineKeys.has(s.key));
}

/**
 * Timeline entries: in the timeline sections, every line that states a time; with no timeline
 * section, the lines that begin with one.
 */
export function readTimeline(
  lines: readonly string[],
  structure: MarkdownStructure,
  sections: readonly Section[],
  inTimeline: readonly Section[],
  timesByLine: ReadonlyMap<number, TimeMention[]>,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const candidateLines = inTimeline.length
    ? inTimeline.flatMap((s) => range(s.line, s.endLine))
    : [...timesByLine.keys()].filter((line) => LEADING_TIME.test(lines[line].slice(0, timesByLine.get(line)![0].range.start.character)));
  const seen = new Set<number>();
  const enclosingTitle = enclosingTitles(sections);
  for (const line of candidateLines.sort((a, b) => a - b)) {
    const time = timesByLine.get(line)?.[0];
    if (!time || seen.has(line)) continue;
    seen.add(line);
    const before = lines[line].slice(0, time.range.start.character);
    const kind = structure.kinds[line];
    const source: TimelineEntry['source'] =
      kind === 'table' ? 'table' : LEADING_TIME.test(before) ? (kind === 'list' ? 'list' : 'line') : 'sentence';
    // A sentence reads wrong with its time cut out ("Detected at through alerts").
    const text = source === 'sentence' ? plainText(lines[line]).replace(/^(?:[-*+]|\d+[.)])\s+/, '') : entryText(lines[line], time);
    const title = enclosingTitle(line) ?? '';
    const role = lifecycleRole(text) ?? lifecycleRole(title);
    const roles = lifecycleRoles(text);
    entries.push({
      line,
      range: { start: { line, character: lines[line].length - lines[line].trimStart().length }, end: { line, character: lines[line].trimEnd().length } },
      time,
      text,
      role,
      roles: roles.length ? roles : lifecycleRoles(title),
      source,
    });
  }
  return rollOverMidnight(entries);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function entryText(line: string, time: TimeMention): string {
  const without = line.slice(0, time.range.start.character) + ' ' + line.slice(time.range.end.character);
  return without
    .replace(/^\s*(?:[-*+]\s+|\d+[.)]\s+)?/, '')
    .replace(/\|/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/^[\s:\-–—,.)\]]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
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
