import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

export type LineKind =
  | 'blank'
  | 'text'
  | 'heading'
  | 'list'
  | 'table'
  | 'fence'
  | 'code'
  | 'html'
  | 'front-matter'
  | 'rule'
  | 'template-tag';

export interface TableCell {
  text: string;
  start: number;
  end: number;
}

export interface TableRow {
  line: number;
  cells: TableCell[];
}

export interface Table {
  header: TableRow;
  rows: TableRow[];
}

export interface Heading {
  line: number;
  level: number;
  /** The heading's inline Markdown, without the `#` marks. */
  content: string;
  contentStart: number;
}

/** The block structure of a document, line by line, as CommonMark reads it. */
export interface MarkdownStructure {
  kinds: LineKind[];
  /** For each list line: the first line of the innermost item that holds it. */
  listItemStart: Map<number, number>;
  headings: Heading[];
  tables: Table[];
  tableRowByLine: Map<number, TableRow>;
  frontMatter?: { startLine: number; endLine: number; source: string; language: 'yaml' | 'toml' };
}

/**
 * Inline parsing is off: we read inline content ourselves line by line, and skipping it makes
 * the parse several times faster on large documents.
 */
/**
 * markdown-it stops reading a document at its nesting limit and drops the rest: commonmark's 20
 * levels are a list ten items deep, and every heading after it vanished. 200 levels is far past
 * any real document and far below the depth where its recursion runs out of stack (about 5,000).
 */
const MAX_NESTING = 200;
const parser = new MarkdownIt('commonmark', { html: true }).enable('table');
// Not in the typed options, but read from `options` by the block parser.
(parser.options as { maxNesting?: number }).maxNesting = MAX_NESTING;
parser.core.ruler.disable(['inline', 'text_join']);

/** Front matter: YAML between `---` and `---` (or `...`), or TOML between `+++` lines (Hugo). */
function findFrontMatter(lines: readonly string[]): MarkdownStructure['frontMatter'] {
  const open = lines[0]?.trim();
  if (open !== '---' && open !== '+++') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i].trim();
    if (open === '+++' ? t === '+++' : t === '---' || t === '...') {
      return { startLine: 0, endLine: i + 1, source: lines.slice(1, i).join('\n'), language: open === '+++' ? 'toml' : 'yaml' };
    }
  }
  return undefined;
}

/** Jekyll, Liquid and Hugo tags on a line of their own: `{% raw %}`, `{{< figure ... >}}`. */
const TEMPLATE_TAG = /^\s*(?:\{%.*%\}|\{\{[<%].*[>%]\}\})\s*$/;

function splitCells(text: string, line: number): TableRow {
  const cells: TableCell[] = [];
  let start = 0;
  const trimmedStart = text.indexOf('|') >= 0 && text.trimStart().startsWith('|') ? text.indexOf('|') + 1 : 0;
  start = trimmedStart;
  for (let i = start; i <= text.length; i++) {
    const atEnd = i === text.length;
    if (atEnd || (text[i] === '|' && text[i - 1] !== '\\')) {
      const raw = text.slice(start, i);
      if (!(atEnd && raw.trim() === '')) {
        const lead = raw.length - raw.trimStart().length;
        const cellText = raw.trim();
        cells.push({ text: cellText, start: start + lead, end: start + lead + cellText.length });
      }
      start = i + 1;
    }
  }
  return { line, cells };
}

function mark(kinds: LineKind[], map: [number, number] | null | undefined, kind: LineKind): void {
  if (!map) return;
  for (let i = map[0]; i < map[1]; i++) kinds[i] = kind;
}

/**
 * Lines per piece that a large document is parsed in. markdown-it holds a token per block and a
 * copy of every paragraph's text until it returns: on a 10 MB document that is over 100 MB alive
 * at once, and the garbage collector's work on it made the parse grow faster than the input.
 */
const PIECE_LINES = 2000;
/**
 * An ATX heading at the margin ends every open block but a fenced code block or an HTML block at
 * the top level (lists, quotes, tables and paragraphs close before it), so a piece may end there.
 */
const HEADING_AT_MARGIN = /^#{1,6}(?:[ \t]|$)/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * Hands markdown-it's tokens for the document to `visit`, a piece at a time, front matter read as
 * empty lines. A piece that ends inside a top-level fence or HTML block (which the heading after it
 * does not close) is parsed again with the next, twice as long, so no line is read twice more than
 * a few times. Token maps point into the document.
 */
function forEachBlockToken(lines: readonly string[], frontMatterEnd: number, visit: (tokens: Token[]) => void, pieceLines: number): void {
  for (let from = 0; from < lines.length; ) {
    let to = pieceEnd(lines, from + pieceLines);
    let tokens = parseRange(lines, from, to, frontMatterEnd);
    while (to < lines.length && runsOn(tokens, lines, to)) {
      to = pieceEnd(lines, to + (to - from));
      tokens = parseRange(lines, from, to, frontMatterEnd);
    }
    visit(tokens);
    from = to;
  }
}

/** The first line at or after `line` where a piece may end: a heading at the margin, or the document's end. */
function pieceEnd(lines: readonly string[], line: number): number {
  for (let i = line; i < lines.length; i++) if (HEADING_AT_MARGIN.test(lines[i])) return i;
  return lines.length;
}

/** Whether a top-level fence or HTML block reaches the piece's last line and would go on past it. */
function runsOn(tokens: readonly Token[], lines: readonly string[], to: number): boolean {
  const lastRead = lines[to - 1] === '' ? to - 1 : to;
  return tokens.some((t) => t.level === 0 && t.map !== null && t.map[1] >= lastRead && (t.type === 'html_block' || (t.type === 'fence' && !closesFence(t, lines))));
}

function closesFence(fence: Token, lines: readonly string[]): boolean {
  const last = fence.map![1] - 1;
  const close = last > fence.map![0] ? CLOSING_FENCE.exec(lines[last]) : null;
  return close !== null && close[1][0] === fence.markup[0] && close[1].length >= fence.markup.length;
}

/**
 * markdown-it's tokens for lines `from` to `to`, with every run of more than two empty lines cut to
 * two: more change nothing in how CommonMark reads the blocks, and markdown-it keeps five arrays
 * with an entry per line.
 */
function parseRange(lines: readonly string[], from: number, to: number, frontMatterEnd: number): Token[] {
  const lineAt = (i: number) => (from + i < frontMatterEnd ? '' : lines[from + i]);
  const count = to - from;
  const { kept, origin } = collapseEmptyRuns(count, lineAt);
  const read = origin ? kept : lines.slice(from, to).map((l, i) => (from + i < frontMatterEnd ? '' : l));
  const tokens: Token[] = parser.parse(read.join('\n'), {});
  // markdown-it counts no line after a last line break: a block that runs to its end runs to ours.
  const readLines = (n: number, last: string) => n - (last === '' ? 1 : 0);
  const end = readLines(count, lineAt(count - 1));
  const readEnd = readLines(read.length, read[read.length - 1]);
  const at = (line: number) => from + (origin ? origin[line] : line);
  for (const token of tokens) {
    if (token.map) token.map = [at(token.map[0]), token.map[1] >= readEnd ? from + end : at(token.map[1])];
  }
  return tokens;
}

/** The lines with runs of empty lines cut to two, and the document's line for each kept one; no `origin` when nothing is cut. */
function collapseEmptyRuns(count: number, lineAt: (i: number) => string): { kept: string[]; origin?: number[] } {
  let empties = 0;
  let long = false;
  for (let i = 0; i < count && !long; i++) {
    empties = lineAt(i) === '' ? empties + 1 : 0;
    long = empties > 2;
  }
  if (!long) return { kept: [] };
  const kept: string[] = [];
  const origin: number[] = [];
  empties = 0;
  for (let i = 0; i < count; i++) {
    const line = lineAt(i);
    empties = line === '' ? empties + 1 : 0;
    if (empties > 2) continue;
    kept.push(line);
    origin.push(i);
  }
  return { kept, origin };
}

/** `pieceLines` is for tests, which read documents in small pieces to compare them with one read whole. */
export function parseMarkdown(lines: readonly string[], pieceLines = PIECE_LINES): MarkdownStructure {
  const kinds: LineKind[] = lines.map((l) => (l.trim() === '' ? 'blank' : 'text'));
  const frontMatter = findFrontMatter(lines);
  const structure: MarkdownStructure = {
    kinds,
    listItemStart: new Map(),
    headings: [],
    tables: [],
    tableRowByLine: new Map(),
    frontMatter,
  };
  if (frontMatter) mark(kinds, [frontMatter.startLine, frontMatter.endLine], 'front-matter');
  for (let line = 0; line < lines.length; line++) if (TEMPLATE_TAG.test(lines[line])) kinds[line] = 'template-tag';
  forEachBlockToken(lines, frontMatter?.endLine ?? 0, (tokens) => readTokens(structure, lines, tokens), pieceLines);
  return structure;
}

/** What the structure takes from a piece's tokens. A table never runs on past a piece: the heading that ends one closes it. */
function readTokens(structure: MarkdownStructure, lines: readonly string[], tokens: readonly Token[]): void {
  const { kinds } = structure;
  let table: Table | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'heading_open': {
        const line = token.map![0];
        const raw = lines[line];
        const content = tokens[i + 1].content;
        kinds[line] = 'heading';
        if (token.map![1] - line > 1) kinds[line + 1] = 'heading';
        structure.headings.push({
          line,
          level: Number(token.tag.slice(1)),
          content,
          contentStart: Math.max(0, raw.indexOf(content.slice(0, 1))),
        });
        break;
      }
      case 'list_item_open':
        markListItem(structure, token.map);
        break;
      case 'fence':
        mark(kinds, token.map, 'fence');
        break;
      case 'code_block':
        // Real postmortems indent prose without meaning code; their lines stay readable.
        mark(kinds, token.map, 'code');
        break;
      case 'html_block':
        mark(kinds, token.map, 'html');
        break;
      case 'hr':
        mark(kinds, token.map, 'rule');
        break;
      case 'table_open':
        table = undefined;
        break;
      case 'tr_open': {
        const line = token.map![0];
        const row = splitCells(lines[line], line);
        kinds[line] = 'table';
        if (!table) {
          table = { header: row, rows: [] };
          structure.tables.push(table);
          if (line + 1 < lines.length) kinds[line + 1] = 'table';
        } else {
          table.rows.push(row);
          structure.tableRowByLine.set(line, row);
        }
        break;
      }
    }
  }
}

function markListItem(structure: MarkdownStructure, map: [number, number] | null): void {
  if (!map) return;
  for (let line = map[0]; line < map[1]; line++) {
    if (structure.kinds[line] === 'blank') continue;
    structure.kinds[line] = 'list';
    // A nested item opens later and overwrites its own lines.
    structure.listItemStart.set(line, map[0]);
  }
}
