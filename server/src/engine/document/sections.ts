import type { MetadataField, Section } from '../model';
import type { SectionMatcher } from '../templates/match';
import type { MarkdownStructure } from './markdown';
import { readBareTitle, readLabel, type LineLabel } from './labels';
import { plainText } from './plainText';
import { lineRange } from './lines';
import { scanLine } from '../time/scan';
import { maskMarkup } from './maskMarkup';
import { commentLines } from './comments';
import { compileTemplate } from '../templates/compiled';

/** A line that may open a section, before the template decides where it nests. */
export interface SectionCandidate {
  title: string;
  form: Section['form'];
  line: number;
  start: number;
  end: number;
  /** Heading depth for headings; labels rank by the heading above them and their indentation. */
  rank: number;
  inlineText?: string;
  /** A colon line or field that only counts when the template knows its title. */
  needsTemplate: boolean;
  /** A bare line: only the template's exact titles count, not titles that merely start alike. */
  exactOnly?: boolean;
}

/** Lines whose text can hold labels: prose, indented prose, list items, HTML. */
const LABEL_KINDS = new Set(['text', 'code', 'list', 'html']);
/** Headings people write without the space CommonMark needs (`##Timeline`) or in HTML. */
const LOOSE_HEADING = /^\s*(#{1,6})([A-Za-z].{0,80}?)#*\s*$/;
const HTML_HEADING = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i;

function isTitleCase(title: string): boolean {
  return title.split(/\s+/).every((w) => w.length <= 3 || startsCapitalised(w));
}

const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

/** ASCII answered by char code: the Unicode pattern is the slow part on a line of labels. */
function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 128) return CAPITAL_OR_DIGIT.test(word);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

export interface LineReading {
  candidates: SectionCandidate[];
  fields: MetadataField[];
}

/** Finds headings, labels and fields, line by line. */
export function readSectionLines(lines: readonly string[], structure: MarkdownStructure): LineReading {
  const candidates: SectionCandidate[] = [];
  const fields: MetadataField[] = [];
  let headingRank = 0;
  let headingIndex = 0;
  const hidden = commentLines(lines);
  for (let line = 0; line < lines.length; line++) {
    const heading = structure.headings[headingIndex];
    if (heading && heading.line === line) {
      headingIndex++;
      headingRank = heading.level;
      const title = plainText(heading.content).replace(/\s*:$/, '');
      // A setext heading's content can run over several lines; its range stays on the first.
      const end = Math.min(heading.contentStart + heading.content.length, lines[line].length);
      const start = Math.min(heading.contentStart, end);
      if (isTimestampTitle(title)) continue;
      candidates.push({ title, form: 'heading', line, start, end, rank: heading.level, needsTemplate: false });
      continue;
    }
    if (!LABEL_KINDS.has(structure.kinds[line]) || hidden.has(line)) continue;
    const text = lines[line];
    const loose = LOOSE_HEADING.exec(text) ?? HTML_HEADING.exec(text);
    if (loose) {
      const level = loose[1].startsWith('#') ? loose[1].length : Number(loose[1]);
      headingRank = level;
      const title = plainText(loose[2]).replace(/\s*:$/, '');
      const start = text.indexOf(loose[2]);
      if (isTimestampTitle(title)) continue;
      candidates.push({ title, form: 'heading', line, start, end: start + loose[2].length, rank: level, needsTemplate: false });
      continue;
    }
    const label = readLabel(structure.kinds[line] === 'html' ? maskMarkup(text) : text) ?? (structure.kinds[line] === 'text' ? readBareTitle(text) : undefined);
    if (!label) continue;
    const title = plainText(label.title);
    if (label.value !== undefined) fields.push(toField(label, title, line));
    else {
      const below = valueBelow(lines, line, structure);
      if (below) fields.push(fieldOverTwoLines(label, title, line, below));
    }
    const indent = text.length - text.trimStart().length;
    const inList = structure.kinds[line] === 'list';
    candidates.push({
      title,
      form: label.form,
      line,
      start: label.titleStart,
      end: label.titleEnd,
      rank: headingRank + (label.form === 'colon' ? 1 : 2) + indent / 100 + (inList ? 0.5 : 0),
      inlineText: label.value,
      needsTemplate: label.value !== undefined || inList || label.bare === true || (label.form === 'colon' && !isTitleCase(title)),
      exactOnly: label.bare && !label.shouted,
    });
  }
  return { candidates, fields };
}

/**
 * "### 2021-06-11 21:01", "# 10:00 AM: Alerts fired", "#### 2023-04-06": a heading that opens with
 * a time, or is only a date, is a timeline entry or a day of the timeline, not a section.
 */
function isTimestampTitle(title: string): boolean {
  const first = scanLine(title)[0];
  if (!first || title.slice(0, first.start).replace(/[\s[(*_~]/g, '') !== '') return false;
  return first.time !== undefined || /^[\s,.:)\]-]*$/.test(title.slice(first.end));
}

/** List marks, quote marks and emphasis before a value written on the line under its label. */
const VALUE_LEAD = /^[ \t>*_•–—-]*/;

/**
 * "**Start time:**" with the time on the next line: where the label stands alone and the line
 * under it opens with a date or a time, that line is the label's value.
 */
function valueBelow(lines: readonly string[], line: number, structure: MarkdownStructure): { start: number; text: string } | undefined {
  const next = lines[line + 1];
  if (next === undefined || !LABEL_KINDS.has(structure.kinds[line + 1]) || !HAS_DIGIT.test(next)) return undefined;
  const start = VALUE_LEAD.exec(next)![0].length;
  const first = scanLine(next)[0];
  return first && first.start === start ? { start, text: next.slice(start).trimEnd() } : undefined;
}

const HAS_DIGIT = /\d/;

function fieldOverTwoLines(label: LineLabel, key: string, line: number, value: { start: number; text: string }): MetadataField {
  const valueRange = lineRange(line + 1, value.start, value.start + value.text.length);
  return {
    key,
    value: plainText(value.text),
    line: line + 1,
    range: { start: { line, character: label.titleStart }, end: valueRange.end },
    valueRange,
    source: 'label',
  };
}

function toField(label: LineLabel, key: string, line: number): MetadataField {
  const value = plainText(label.value ?? '');
  const valueStart = label.valueStart ?? label.titleEnd;
  return {
    key,
    value,
    line,
    range: lineRange(line, label.titleStart, valueStart + (label.value ?? '').length),
    valueRange: lineRange(line, valueStart, valueStart + (label.value ?? '').length),
    source: 'label',
  };
}

/**
 * Nests candidates into sections. A label that names one of the template's top-level sections
 * ("Root Cause and Resolution:" under "### Timeline") closes the section it stands in, since
 * writers use labels for top-level sections as often as for sub-sections.
 */
export function buildSections(candidates: readonly SectionCandidate[], matcher: SectionMatcher, lineCount: number): Section[] {
  const all: Section[] = [];
  const stack: Section[] = [];
  const depthFor = (rank: number) => {
    let n = stack.length;
    while (n && stack[n - 1].rank >= rank) n--;
    return n;
  };
  for (const candidate of candidates) {
    let rank = candidate.rank;
    const byEnding = candidate.form === 'heading';
    let depth = depthFor(rank);
    let matched = matcher.match(candidate.title, ancestorKeys(stack, depth), byEnding);
    if (matched && candidate.form !== 'heading' && matcher.isTopLevel(matched)) {
      const top = stack.slice(0, depth).find((s) => s.key !== undefined && isTopKey(matcher, s.key));
      if (top && top.rank < rank) {
        rank = top.rank;
        depth = depthFor(rank);
        matched = matcher.match(candidate.title, ancestorKeys(stack, depth), byEnding) ?? matched;
      }
    } else if (candidate.form !== 'heading') {
      const open = openTemplateParent(stack, depth, candidate.title, matcher);
      if (open) ({ depth, rank, matched } = open);
    }
    if (candidate.needsTemplate && !matched) continue;
    if (candidate.exactOnly && !matcher.isExactTitle(withoutAside(candidate.title))) continue;
    while (stack.length > depth) stack.pop()!.endLine = candidate.line;
    const section: Section = {
      title: candidate.title,
      key: matched?.key,
      alsoKey: candidate.form === 'heading' || candidate.form === 'label' ? matcher.alsoMatches(candidate.title, matched)?.key : undefined,
      form: candidate.form,
      rank,
      line: candidate.line,
      titleRange: lineRange(candidate.line, candidate.start, candidate.end),
      endLine: lineCount,
      inlineText: candidate.inlineText,
      children: [],
      parent: stack[stack.length - 1],
    };
    section.parent?.children.push(section);
    stack.push(section);
    all.push(section);
  }
  return all;
}

/**
 * "Issue Summary:" then "Duration:" on the next lines, both plain colon lines: the writer wrote
 * them at one level, but the template nests Duration in the summary, so it goes inside the
 * summary, which is still open, rather than closing it (and leaving it looking empty).
 */
function openTemplateParent(stack: readonly Section[], depth: number, title: string, matcher: SectionMatcher) {
  const inner = matcher.match(title, ancestorKeys(stack, stack.length));
  const parentKey = inner && matcher.parentOf(inner)?.key;
  if (!inner || !parentKey) return undefined;
  for (let i = stack.length - 1; i >= depth; i--) {
    if (stack[i].key === parentKey) return { depth: i + 1, rank: stack[i].rank + NESTED_RANK_STEP, matched: inner };
  }
  return undefined;
}

/** Just deeper than the parent, so the next line at the writer's level closes it again. */
const NESTED_RANK_STEP = 0.01;

/** "Timeline (Pacific Standard Time)" is titled "Timeline"; the rest is an aside. */
function withoutAside(title: string): string {
  return title.replace(/\s*\([^()]*\)$/, '');
}

function ancestorKeys(stack: readonly Section[], depth: number): string[] {
  const keys: string[] = [];
  for (let i = depth - 1; i >= 0; i--) if (stack[i].key) keys.push(stack[i].key!);
  return keys;
}

function isTopKey(matcher: SectionMatcher, key: string): boolean {
  return compileTemplate(matcher.template).isTopLevel(key);
}
