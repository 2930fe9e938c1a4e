import type { LintResult } from '../lint';
import type { PostmortemDocument, Position } from '../model';
import type { TextEdit } from '../rules/rule';
import type { ResolvedConfig } from '../config/resolveConfig';
import { parseDocument } from '../document/parseDocument';
import { applyEdits, lineOffsets } from '../fix/applyEdits';
import { entryTextProblem, timelineEntryInsertion, timelineZone } from '../authoring/timelineEntry';
import { entryInsertions } from './entryInsertions';
import { readPastedEvents } from './detect';
import type { ImportFormat } from './events';
import { placeEvents, type PlacedEvent } from './placeEvents';

export interface TimelineImport {
  format: ImportFormat;
  /** The format as a person names it ("Slack messages"). */
  label: string;
  /** Each new entry's line as written, in time order. */
  added: string[];
  /** Events already in the timeline (or pasted twice), left out. */
  skipped: number;
  /** One edit that writes every new entry; undefined when there is none. */
  edit?: TextEdit;
}

export interface ImportOptions {
  config?: Pick<ResolvedConfig, 'template' | 'defaultTimeZone'>;
  /** The day undated times fall on when the document names none; the caller's clock. */
  now: number;
}

/**
 * Reads pasted logs as timeline entries and writes them the way the document writes its timeline,
 * each at its place in time order, as one edit. Undefined when the text is in none of the formats
 * (the caller pastes it as it is).
 */
export function importTimeline(text: string, pasted: string, options: ImportOptions): TimelineImport | undefined {
  const read = readPastedEvents(pasted);
  if (!read) return undefined;
  const defaultZone = options.config?.defaultTimeZone;
  let result = reread(text, options.config?.template);
  const zone = timelineZone(result, defaultZone);
  const placed = placeEvents(read.events, result.document, zone, options.now).sort((a, b) => a.epochMs - b.epochMs);
  const fresh = newEvents(placed, result.document);
  const done = { format: read.format, label: read.label, skipped: placed.length - fresh.length };
  if (!fresh.length) return { ...done, added: [] };
  let current = text;
  const added: string[] = [];
  if (!result.document.timeline.length) {
    // The first entry decides where the timeline is (a section may be created) and how the rest
    // are written, so it goes in alone and the document is read once more.
    const first = timelineEntryInsertion(result, fresh[0].epochMs, fresh[0].text, defaultZone);
    current = applyEdits(current, [first]).text;
    added.push(writtenEntry(first));
    // Pinned, so that the first entry cannot make the document read as another template.
    result = reread(current, result.template);
  }
  const rest = entryInsertions(result, fresh.slice(added.length), defaultZone);
  current = applyEdits(current, rest.edits).text;
  // concat, not push(...lines): spread arguments overflow the stack on a log of 100,000 lines.
  return { ...done, added: added.concat(rest.lines), edit: wholeChange(text, current) };
}

function reread(text: string, template: ResolvedConfig['template']): LintResult {
  const { document, template: used, templateReason } = parseDocument(text, { template });
  return { document, template: used, templateReason, diagnostics: [], metrics: document.metrics };
}

/**
 * The events the timeline lacks: one is there already when an entry in the same minute says the
 * same (or says it with more, as an entry naming who did it does). Among the pasted events only
 * the same words twice in a minute count as one, which keeps the check linear in the paste.
 * Empty texts are left out.
 */
function newEvents(placed: readonly PlacedEvent[], document: PostmortemDocument): PlacedEvent[] {
  const written = new Map<number, string[]>();
  for (const entry of document.timeline) {
    const minute = minuteOf(entry.time.epochMs);
    const said = written.get(minute) ?? [];
    said.push(words(entry.text));
    written.set(minute, said);
  }
  const pasted = new Set<string>();
  const fresh: PlacedEvent[] = [];
  for (const event of placed) {
    if (entryTextProblem(event.text)) continue;
    const minute = minuteOf(event.epochMs);
    const said = words(event.text);
    const key = `${minute} ${said}`;
    if (pasted.has(key) || written.get(minute)?.some((other) => other === said || other.includes(said) || said.includes(other))) continue;
    pasted.add(key);
    fresh.push(event);
  }
  return fresh;
}

const minuteOf = (epochMs: number) => Math.floor(epochMs / 60_000);
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The entry's own line in an insertion (which may also hold a new heading and blank lines). */
function writtenEntry(insertion: TextEdit): string {
  return insertion.newText.split(/\r\n|\n/).filter((line) => line.trim() !== '').at(-1) ?? '';
}

/**
 * The change from `before` to `after` as one edit over whole lines: one undo reverts the paste, and
 * an editor shows one replaced block.
 */
export function wholeChange(before: string, after: string): TextEdit {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before[start] === after[start]) start++;
  start = before.lastIndexOf('\n', start - 1) + 1;
  let common = 0;
  while (common < limit - start && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
  let end = before.length - common;
  // Forward to a line start within the shared tail, so the range never splits a CRLF.
  while (end > 0 && end < before.length && before[end - 1] !== '\n') end++;
  const newEnd = after.length - (before.length - end);
  const offsets = lineOffsets(before);
  return { range: { start: positionAt(offsets, start), end: positionAt(offsets, end) }, newText: after.slice(start, newEnd) };
}

function positionAt(offsets: readonly number[], offset: number): Position {
  let line = offsets.length - 1;
  while (line > 0 && offsets[line] > offset) line--;
  return { line, character: offset - offsets[line] };
}
