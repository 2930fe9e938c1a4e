import { isAbsolute, relative, sep } from 'node:path';

/** Where a command reads and writes: the process in production, captured in tests. */
export interface CliIo {
  cwd: string;
  /** Whole chunks of output; each ends with a newline. */
  stdout(text: string): void;
  /** One line, without the `postmortem: ` prefix or the newline. */
  stderr(line: string): void;
  /** Whether stdout gets ANSI colors: a TTY, and NO_COLOR not set. */
  color: boolean;
  /** A line on stderr that rewrites itself; only when stderr is a terminal. */
  status?: StatusLine;
  /** Milliseconds, for deciding when a run is long enough to show progress. */
  now?(): number;
  /** All of standard input, as UTF-8 text (for `postmortem lint -`). */
  readStdin(): Promise<string>;
}

export interface StatusLine {
  show(text: string): void;
  clear(): void;
}

/** A path as the user should see it: relative to the working directory when under it, `/` separated. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return sep === '\\' ? shown.replace(/\\/g, '/') : shown;
}
