/**
 * Labels written on a line of prose: `**Detection:**` alone (a section), `**Impact:** text` or
 * `Start Time: ...` (a field), `Root Cause and Resolution:` alone (a section), and a short line
 * with no mark at all (`Timeline`, `SUMMARY OF THE INCIDENT`), which only a template can confirm.
 *
 * Read by one left-to-right scan rather than one regular expression per form: writers wrap labels
 * in any mix of emphasis marks, emoji and quote marks (`>**Impact:**`, `*Timeline:***`,
 * `🕒 Duration: 2 hours`), and patterns with optional parts on both sides of a title backtracked
 * badly on lines of marks and spaces.
 */
export interface LineLabel {
  title: string;
  titleStart: number;
  titleEnd: number;
  form: 'label' | 'colon';
  /** The text after the label on the same line, if any. */
  value?: string;
  valueStart?: number;
  /** A line with no label mark at all, which only the template's titles make a section. */
  bare?: boolean;
  /** A bare line in capitals (`ROOT CAUSE`): written as a heading, so it may match loosely. */
  shouted?: boolean;
}

const MAX_TITLE_LENGTH = 80;
const COLON = 58;
const STAR = 42;
const UNDERSCORE = 95;
const MAX_LABEL_WORDS = 8;
const MAX_FIELD_KEY_WORDS = 5;
const MAX_BARE_WORDS = 6;
/**
 * Quote marks, list marks and a task box before a label. Text pasted from a word processor or a
 * blog keeps its bullets as characters ("• Impact:", "— Start Time:").
 */
const LEAD = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+•–—]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;
const LIST_MARK = /[-*+•–—\d]/;
/** What a field's key may hold: words, spaces and a little punctuation ("Time (UTC)", "Start/End"). */
const FIELD_KEY = /^[A-Za-z][\w ()/&'’.,-]*$/;
const BARE_TEXT = /^[A-Za-z][A-Za-z0-9 &/'’()?,-]*$/;

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

function isEmphasis(c: string | undefined): boolean {
  return c === '*' || c === '_';
}

/** Emoji, symbols and their joiners that writers put before a label ("🚨 Issue Summary:"). */
function isDecoration(code: number): boolean {
  return code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x2190 && code <= 0x2bff) || (code >= 0xd800 && code <= 0xdfff) || code === 0x20e3;
}

/** Where the label's own text starts: past quote and list marks and any decoration. */
function labelStart(line: string): { start: number; inList: boolean } {
  const lead = LEAD.exec(line)![0];
  return { start: skipDecoration(line, lead.length), inList: LIST_MARK.test(lead) };
}

function skipDecoration(line: string, from: number): number {
  let i = from;
  while (i < line.length && (isDecoration(line.charCodeAt(i)) || ((line[i] === ' ' || line[i] === '\t') && i > from))) i++;
  return i;
}

function skipSpaces(line: string, i: number): number {
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

function skipEmphasis(line: string, i: number): number {
  while (isEmphasis(line[i])) i++;
  return i;
}

/** A colon that ends a label; in "10:15" or "https://" it is part of what is written. */
function isLabelColon(line: string, i: number): boolean {
  return line[i] === ':' && !/\d/.test(line[i + 1] ?? '') && line[i + 1] !== '/';
}

export function readLabel(line: string): LineLabel | undefined {
  const { start } = labelStart(line);
  const opened = skipEmphasis(line, start) - start;
  // Most lines of prose have neither emphasis at the start nor a colon: no label.
  if (!opened && line.indexOf(':', start) < 0) return undefined;
  let i = skipDecoration(line, start + opened);
  const titleStart = i;
  // The title runs to a label colon, or to the closing emphasis of an emphasised label.
  const limit = Math.min(line.length, titleStart + MAX_TITLE_LENGTH + 1);
  for (; i < limit; i++) {
    const c = line.charCodeAt(i);
    if ((c === COLON && isLabelColon(line, i)) || (opened && (c === STAR || c === UNDERSCORE))) break;
  }
  if (i - titleStart > MAX_TITLE_LENGTH) return undefined;
  const rawTitle = line.slice(titleStart, i);
  const title = rawTitle.trim();
  if (!/^[A-Za-z]/.test(title) || /^(?:https?|mailto)$/i.test(title)) return undefined;
  let colon = isLabelColon(line, i);
  let j = colon ? i + 1 : i;
  const closed = skipEmphasis(line, j) - j;
  if (opened && !closed && !colon) return undefined;
  j = skipSpaces(line, j + closed);
  // `**Impact**:` and `**TIMELINE**;` close before their mark.
  if (!colon && (line[j] === ':' || line[j] === ';') && !/\d/.test(line[j + 1] ?? '')) {
    colon = true;
    j = skipSpaces(line, skipEmphasis(line, j + 1));
  }
  const titleEnd = titleStart + rawTitle.trimEnd().length;
  const form = opened ? 'label' : 'colon';
  const rest = line.slice(j).trimEnd();
  if (rest === '') {
    if (!colon && !opened) return undefined;
    return words(title) <= MAX_LABEL_WORDS ? { title, titleStart, titleEnd, form } : undefined;
  }
  if (!colon || words(title) > MAX_FIELD_KEY_WORDS || !FIELD_KEY.test(title)) return undefined;
  return { title, titleStart, titleEnd, form, value: rest, valueStart: j };
}

/**
 * A short line alone that may be a section title written without any mark ("Timeline",
 * "Timeline (Pacific Standard Time)", "SUMMARY OF THE INCIDENT*").
 */
export function readBareTitle(line: string): LineLabel | undefined {
  const { start, inList } = labelStart(line);
  if (inList) return undefined;
  const from = skipEmphasis(line, start);
  let end = line.trimEnd().length;
  while (end > from && (isEmphasis(line[end - 1]) || line[end - 1] === ';')) end--;
  // "CORRECTIVE AND PREVENTATIVE STEPS." is a title in capitals; "Queues backed up." is a sentence.
  const text = line.slice(from, end).trim();
  const title = text.endsWith('.') && text === text.toUpperCase() ? text.slice(0, -1) : text;
  if (title.length < 3 || title.length > MAX_TITLE_LENGTH || !BARE_TEXT.test(title) || words(title) > MAX_BARE_WORDS) return undefined;
  const titleStart = line.indexOf(title, from);
  const letters = title.replace(/[^A-Za-z]/g, '');
  return { title, titleStart, titleEnd: titleStart + title.length, form: 'colon', bare: true, shouted: letters.length > 3 && letters === letters.toUpperCase() };
}
