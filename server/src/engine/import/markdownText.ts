/**
 * Text read from a log, written into Markdown as part of one timeline entry. A log's text is
 * literal, so what Markdown (or this engine's own reader) would take for structure is neutralised:
 *
 * - terminal colours and other control characters are dropped;
 * - a `<` that would open an HTML tag, comment or directive is written `&lt;`: an unclosed
 *   `<!--` would hide every entry under it, and `<!-- postmortem-disable -->` would switch rules
 *   off (a backslash escape is not enough: the comment reader goes by the text);
 * - a run of backticks that closes no code span on its own line is escaped, so it cannot pair
 *   with a backtick on a later line of a paragraph and turn the entries between into code;
 * - a pipe is escaped, so it cannot end a table cell (in a list it still reads as a pipe).
 *
 * Line breaks never get here: every reader makes an entry one line.
 */
export function literalMarkdown(text: string): string {
  const plain = text.replace(TERMINAL_SEQUENCE, '').replace(CONTROL, '');
  return escapePipes(escapeLoneBackticks(plain.replace(TAG_START, '&lt;')));
}

/** ANSI escape sequences: CSI ("ESC [ 31 m", colours) and OSC ("ESC ] 8 ;; url BEL", links). */
const TERMINAL_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g;
/** C0 and C1 controls other than tab and line feed (which a reader has made a space already), and DEL. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const TAG_START = /<(?=[A-Za-z/!?])/g;

function escapePipes(text: string): string {
  // A pipe after an odd number of backslashes is escaped already.
  return text.replace(/(\\*)\|/g, (match, slashes: string) => (slashes.length % 2 ? match : `${slashes}\\|`));
}

/**
 * Backslashes before each backtick of a run that opens no code span, found as CommonMark finds
 * them: from the left, a run opens a span when a later run of the same length closes it, and the
 * search goes on after the closer. Linear: for each length, the next run of it is kept in a queue.
 */
function escapeLoneBackticks(text: string): string {
  const runs = [...text.matchAll(/`+/g)].map((match) => ({ start: match.index, length: match[0].length }));
  const closers = new RunsByLength(runs.map((run) => run.length));
  const lone: { start: number; length: number }[] = [];
  for (let i = 0; i < runs.length; i++) {
    // Outside a code span a backslash escapes the run's first backtick.
    const escaped = oddBackslashesBefore(text, runs[i].start) ? 1 : 0;
    const run = { start: runs[i].start + escaped, length: runs[i].length - escaped };
    if (!run.length) continue;
    const closer = closers.nextAfter(i, run.length);
    if (closer === undefined) lone.push(run);
    else i = closer;
  }
  let out = '';
  let cursor = 0;
  for (const run of lone) {
    out += text.slice(cursor, run.start) + '\\`'.repeat(run.length);
    cursor = run.start + run.length;
  }
  return out + text.slice(cursor);
}

/** For each length, the runs of it in order, and how far the scan has passed them. */
class RunsByLength {
  private readonly indices = new Map<number, number[]>();
  private readonly passed = new Map<number, number>();

  constructor(lengths: readonly number[]) {
    lengths.forEach((length, index) => {
      const list = this.indices.get(length) ?? [];
      list.push(index);
      this.indices.set(length, list);
    });
  }

  /** The first run of `length` after run `index`; the scan only moves on, so each run is passed once. */
  nextAfter(index: number, length: number): number | undefined {
    const list = this.indices.get(length) ?? [];
    let at = this.passed.get(length) ?? 0;
    while (at < list.length && list[at] <= index) at++;
    this.passed.set(length, at);
    return list[at];
  }
}

function oddBackslashesBefore(text: string, at: number): boolean {
  let count = 0;
  while (at - count - 1 >= 0 && text[at - count - 1] === '\\') count++;
  return count % 2 === 1;
}
