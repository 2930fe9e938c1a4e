import type { PostmortemDocument, Range } from '../model';

/**
 * The document's lines with what a reader does not read as the writer's own words blanked out,
 * column for column, so ranges found in them still point into the real text. Rules that look
 * for words (placeholders, blame) must not fire on a quoted log line or an HTML comment, which
 * is also where the inline disable switches live.
 */
export interface MaskedLines {
  /** HTML comments blanked; code kept (a section holding only a log excerpt is not empty). */
  withoutComments: readonly string[];
  /** Also blanked: fenced code and inline code spans. Front matter stays: its times are data. */
  withoutCode: readonly string[];
  /** Also blanked: front matter, which is metadata rather than prose. */
  prose: readonly string[];
}

const cache = new WeakMap<PostmortemDocument, MaskedLines>();

export function maskedLines(document: PostmortemDocument): MaskedLines {
  let masked = cache.get(document);
  if (!masked) {
    const withoutComments = blankComments(document.lines);
    const withoutCode = blankCode(withoutComments);
    const frontMatterEnd = document.frontMatter?.endLine ?? 0;
    const prose = frontMatterEnd ? withoutCode.map((line, i) => (i < frontMatterEnd ? blank(line) : line)) : withoutCode;
    masked = { withoutComments, withoutCode, prose };
    cache.set(document, masked);
  }
  return masked;
}

/** Whether a range starts on the writer's own text: not in code or a comment (front matter counts). */
export function isWrittenText(document: PostmortemDocument, range: Range): boolean {
  const line = maskedLines(document).withoutCode[range.start.line] ?? '';
  const original = document.lines[range.start.line] ?? '';
  return sameCharAt(line, original, range.start.character);
}

/**
 * Whether two strings hold the same code unit at `at` (or both end before it). Compared as char
 * codes, not one-character slices: this runs once per time and per entry, and two strings per call
 * were a large share of the garbage on documents of 100,000 times.
 */
function sameCharAt(a: string, b: string, at: number): boolean {
  const x = a.charCodeAt(at);
  const y = b.charCodeAt(at);
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

function blank(text: string): string {
  return text.replace(/[^\t]/g, ' ');
}

function blankComments(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inComment = false;
  for (const line of lines) {
    if (!inComment && !line.includes('<!--')) {
      out.push(line);
      continue;
    }
    let result = '';
    let i = 0;
    while (i < line.length) {
      if (inComment) {
        const close = line.indexOf('-->', i);
        const end = close < 0 ? line.length : close + 3;
        result += blank(line.slice(i, end));
        inComment = close < 0;
        i = end;
      } else {
        const open = line.indexOf('<!--', i);
        if (open < 0) {
          result += line.slice(i);
          break;
        }
        result += line.slice(i, open);
        inComment = true;
        i = open;
      }
    }
    out.push(result);
  }
  return out;
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

function blankCode(lines: readonly string[]): string[] {
  let fence: string | undefined;
  return lines.map((line) => {
    // Most lines hold neither a fence nor a code span.
    if (!fence && !line.includes('`') && !line.includes('~')) return line;
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return blank(line);
    }
    if (marker) {
      fence = marker;
      return blank(line);
    }
    return line.replace(INLINE_CODE, (span) => blank(span));
  });
}

/** A match of a pattern in the prose, placed on its line; matches never span lines. */
export interface ProseMatch {
  line: number;
  start: number;
  end: number;
  text: string;
  /** The whole line the match is on (masked), for looking around it. */
  lineText: string;
}

const joined = new WeakMap<PostmortemDocument, { text: string; lineStarts: number[] }>();

/**
 * Every match of a global pattern in the prose. One scan of the whole text instead of one per
 * line: the per-call cost of a regular expression dominates on documents of many short lines.
 */
export function* proseMatches(document: PostmortemDocument, pattern: RegExp): Generator<ProseMatch> {
  const prose = joinedProse(document);
  const lines = maskedLines(document).prose;
  let line = 0;
  for (const m of prose.text.matchAll(pattern)) {
    if (m[0].includes('\n')) continue;
    while (line + 1 < prose.lineStarts.length && prose.lineStarts[line + 1] <= m.index) line++;
    const start = m.index - prose.lineStarts[line];
    yield { line, start, end: start + m[0].length, text: m[0], lineText: lines[line] };
  }
}

/** The prose as one string, lines joined by newlines. */
export function proseText(document: PostmortemDocument): string {
  return joinedProse(document).text;
}

function joinedProse(document: PostmortemDocument): { text: string; lineStarts: number[] } {
  let prose = joined.get(document);
  if (!prose) {
    const lines = maskedLines(document).prose;
    const lineStarts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      lineStarts.push(offset);
      offset += line.length + 1;
    }
    prose = { text: unmasked(document, lines) ? document.text : lines.join('\n'), lineStarts };
    joined.set(document, prose);
  }
  return prose;
}

/** Whether the prose is the document's text as it stands: most documents mask nothing, and a copy of 10 MB is not free. */
function unmasked(document: PostmortemDocument, prose: readonly string[]): boolean {
  if (document.text.includes('\r')) return false;
  for (let i = 0; i < prose.length; i++) if (prose[i] !== document.lines[i]) return false;
  return true;
}
