import type { PostmortemDocument, Section } from '../model';
import type { Template } from '../templates/template';
import { compileTemplate } from '../templates/compiled';
import { matcherFor } from '../templates/match';
import { chooseTemplate } from '../templates/select';
import { findPreset } from '../templates/presets';
import { readDeclaredZone } from '../time/declaredZone';
import { readDocumentTimes } from '../time/documentTimes';
import { detectEol, splitLines, lineRange } from './lines';
import { parseMarkdown } from './markdown';
import { buildSections, readSectionLines } from './sections';
import { readFrontMatter } from './frontMatter';
import { opensBeforeItsTimes, readNarrative, readTimeline, timelineSections } from './timeline';
import { actionSections, readActionItems } from './actionItems';
import { detectedField, findBounds } from './bounds';
import { anchorTimeline } from './anchorTimeline';
import { computeMetrics } from './metrics';
import { readStatedFacts, type StatedFacts } from './statedFacts';
import { tableFields } from './tableFields';
import { plainText } from './plainText';

export interface ParseOptions {
  /** A template, or undefined to choose the preset that fits the document best. */
  template?: Template;
  /** The zone to assume for times written without one, where the document declares none. */
  defaultZone?: string;
}

export interface ParseResult {
  document: PostmortemDocument;
  template: Template;
  templateReason: string;
  /** Whether the template was named (options or front matter) rather than chosen by fit. */
  templateNamed: boolean;
}

const PROSE_KINDS = new Set(['text', 'code', 'list', 'heading', 'table']);
const READABLE_KINDS = new Set(['text', 'code', 'list', 'heading', 'table', 'front-matter', 'html']);

export function parseDocument(text: string, options: ParseOptions = {}): ParseResult {
  const lines = splitLines(text);
  const structure = parseMarkdown(lines);
  // TOML front matter is recognised and skipped; only YAML is read for fields.
  const frontMatter = structure.frontMatter?.language === 'yaml' ? readFrontMatter(structure.frontMatter.source, lines, 0) : undefined;
  const reading = readSectionLines(lines, structure);
  const named = options.template ? { template: options.template, reason: 'configured' } : frontMatterTemplate(frontMatter?.data);
  const documentTitle = reading.candidates.find((c) => c.form === 'heading' && c.rank === 1);
  const sections = reading.candidates.filter((c) => !c.needsTemplate && c !== documentTitle).map((c) => c.title);
  const choice = named ?? chooseTemplate(reading.candidates.map((c) => c.title), sections);
  const matcher = matcherFor(choice.template);
  const allSections = buildSections(reading.candidates, matcher, lines.length);
  const metadata = [...(frontMatter?.fields ?? []), ...reading.fields];

  // Headings, labels and table headers: where "(UTC)" alone declares the zone.
  const zoneTitleLines = new Set([...reading.candidates.map((c) => c.line), ...structure.tables.map((t) => t.header.line)]);
  const declaredZone = findDeclaredZone(lines, structure.kinds, zoneTitleLines, frontMatter?.data);
  const times = readDocumentTimes(lines, (line) => READABLE_KINDS.has(structure.kinds[line]), {
    declaredZone: declaredZone?.zone,
    defaultZone: options.defaultZone,
    year: namedYear(structure.headings[0]?.content, frontMatter?.data) ?? headerYear(structure.tables.map((t) => lines[t.header.line])),
  });
  const compiled = compileTemplate(choice.template);
  const roleKeys = compiled.keysWithRole;
  const timelineKeys = roleKeys('timeline');
  const actionKeys = roleKeys('action-items');
  const inTimeline = timelineSections(allSections, timelineKeys);
  const readTimelineEntries = readTimeline(lines, structure, allSections, inTimeline, times.byLine);
  const titleLines = new Set(allSections.map((s) => s.line));
  const actionItems = readActionItems(lines, structure, actionSections(allSections, (k) => actionKeys.has(k)), titleLines);
  const summaryLines = statementLines(allSections, roleKeys('summary', 'duration', 'impact'), structure.kinds);
  const boundFields = [...metadata, ...tableFields(lines, structure)];
  const facts = readStatedFacts(lines, boundFields, summaryLines, statementLines(allSections, roleKeys('resolution'), structure.kinds, false));
  facts.detectedAt = detectedField(boundFields, times.byLine);
  const boundSources = {
    fields: boundFields,
    lineText: (line: number) => lines[line],
    timesByLine: times.byLine,
    statementLines: summaryLines,
    onsetBeforeTimes: opensBeforeItsTimes(lines, inTimeline, readTimelineEntries[0]),
    statedMinutes: soleLength(facts),
  };
  // A document with no timeline tells the story in prose: its sentences with times stand in for
  // the timeline when the start, end and metrics are read, and are checked by no timeline rule.
  const story = readTimelineEntries.length ? readTimelineEntries : readNarrative(lines, structure, times.byLine);
  const statedBounds = findBounds({ ...boundSources, timeline: story, told: story !== readTimelineEntries });
  const anchored = anchorTimeline(story, statedBounds.start, statedBounds.end);
  // A bound taken from the timeline follows the entries that were moved.
  const bounds = anchored === story ? statedBounds : findBounds({ ...boundSources, timeline: anchored, told: story !== readTimelineEntries });
  const timeline = readTimelineEntries.length ? anchored : readTimelineEntries;

  const document: PostmortemDocument = {
    text,
    lines,
    eol: detectEol(text),
    title: findTitle(lines, structure.headings, frontMatter?.data),
    frontMatter: structure.frontMatter && {
      data: frontMatter?.data ?? {},
      startLine: structure.frontMatter.startLine,
      endLine: structure.frontMatter.endLine,
      error: frontMatter?.error,
    },
    metadata,
    sections: allSections.filter((s) => !s.parent),
    allSections,
    timeline,
    times: times.all,
    actionItems,
    statedDurations: facts.timeToRecover ? [...facts.durations, facts.timeToRecover] : facts.durations,
    declaredZone,
    start: bounds.start,
    end: bounds.end,
    unreadableBounds: bounds.unreadable,
    metrics: computeMetrics(bounds.start, bounds.end, anchored, facts, !bounds.spansSeveral),
    words: countWords(lines, structure.kinds),
  };
  return { document, template: choice.template, templateReason: choice.reason, templateNamed: named !== undefined };
}

/** The one length the document states, if its statements agree: two lengths are phases, not a measure. */
function soleLength(facts: StatedFacts): number | undefined {
  const all = facts.timeToRecover ? [...facts.durations, facts.timeToRecover] : facts.durations;
  return all.length && all.every((d) => d.minutes === all[0].minutes) ? all[0].minutes : undefined;
}

const YEAR = /\b(?:19[89]\d|20\d\d)\b/;

/** A year the title or front matter names, for dates written without one. */
function namedYear(title: string | undefined, data: Record<string, unknown> | undefined): number | undefined {
  const date = data?.date;
  const text = `${title ?? ''} ${date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : ''}`;
  const m = YEAR.exec(text);
  return m ? Number(m[0]) : undefined;
}

/** "| Day | Date (2021) | Time (PT) |": a timeline table that writes the year once, in its header. */
const HEADER_YEAR = /\(((?:19|20)\d{2})\)/;

function headerYear(headers: readonly string[]): number | undefined {
  for (const header of headers) {
    const m = HEADER_YEAR.exec(header);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function frontMatterTemplate(data: Record<string, unknown> | undefined): { template: Template; reason: string } | undefined {
  const id = data?.template;
  const template = typeof id === 'string' ? findPreset(id) : undefined;
  return template && { template, reason: 'named in front matter' };
}

function findTitle(lines: readonly string[], headings: ReturnType<typeof parseMarkdown>['headings'], data: Record<string, unknown> | undefined): PostmortemDocument['title'] {
  const heading = headings.find((h) => h.level === 1) ?? headings[0];
  if (heading) {
    const text = plainText(heading.content);
    // A setext heading's content runs over several lines; its range stays on the first.
    const end = Math.min(heading.contentStart + heading.content.length, lines[heading.line].length);
    return { text, line: heading.line, range: lineRange(heading.line, Math.min(heading.contentStart, end), end) };
  }
  if (typeof data?.title === 'string') {
    const line = Math.max(0, lines.findIndex((l) => /^title\s*:/.test(l)));
    return { text: data.title, line, range: lineRange(line, 0, lines[line].length) };
  }
  // A first line that says what it is ("Postmortem: Web Stack Outage") is a title without the mark.
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && /post-?mortem|incident|outage|rca/i.test(lines[first]) && lines[first].length <= 120) {
    const t = lines[first];
    const start = t.length - t.trimStart().length;
    return { text: plainText(t), line: first, range: lineRange(first, start, t.trimEnd().length) };
  }
  return undefined;
}

function findDeclaredZone(lines: readonly string[], kinds: readonly string[], titleLines: ReadonlySet<number>, data: Record<string, unknown> | undefined): PostmortemDocument['declaredZone'] {
  const fromFrontMatter = data?.timezone ?? data?.time_zone ?? data?.tz;
  if (typeof fromFrontMatter === 'string') {
    return { zone: fromFrontMatter, line: lines.findIndex((l) => /^(?:timezone|time_zone|tz)\s*:/.test(l)) };
  }
  for (let line = 0; line < lines.length; line++) {
    if (kinds[line] === 'fence' || kinds[line] === 'html') continue;
    const zone = readDeclaredZone(lines[line], titleLines.has(line));
    if (zone) return { zone, line };
  }
  return undefined;
}

/**
 * The lines where a document states its incident's window and length: its summary, duration and
 * impact sections, and the opening paragraphs before its first recognised section (an intro that
 * says "From 6 PM to 7 PM GMT, requests failed" is a summary without the heading).
 */
function statementLines(sections: readonly Section[], keys: ReadonlySet<string>, kinds: readonly string[], withIntro = true): number[] {
  const lines: number[] = [];
  const firstKeyed = withIntro ? sections.find((s) => s.key)?.line ?? kinds.length : 0;
  for (let line = 0; line < firstKeyed; line++) if (kinds[line] === 'text' || kinds[line] === 'list') lines.push(line);
  for (const section of sections) {
    if (!section.key || !keys.has(section.key) || section.parent?.key && keys.has(section.parent.key)) continue;
    for (let line = section.line; line < section.endLine; line++) lines.push(line);
  }
  return lines;
}

function countWords(lines: readonly string[], kinds: readonly string[]): number {
  let words = 0;
  for (let line = 0; line < lines.length; line++) {
    if (!PROSE_KINDS.has(kinds[line])) continue;
    const text = lines[line];
    // Links and tags hide text a reader does not read (URLs, attributes); most lines have none.
    words += wordsIn(text.includes('](') || text.includes('<') ? plainText(text) : text);
  }
  return words;
}

/**
 * Runs of letters and digits, with apostrophes and hyphens inside words, as a reader counts
 * them. A loop over char codes: a Unicode regular expression per line was a tenth of the time
 * spent on a large document.
 */
function wordsIn(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 45 || c === 0x2019))) {
      inWord = false;
    }
  }
  return words;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Letters of other scripts; not general or CJK punctuation, nor the halves of an emoji.
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xd7 && c !== 0xf7;
}
