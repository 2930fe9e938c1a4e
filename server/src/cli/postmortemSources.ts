import { join, relative, sep } from 'node:path';
import { classifyPostmortem, notAPostmortemNote, type ResolvedConfig, type Template } from '../engine';
import { collectFiles } from '../node/collectFiles';
import { readDocument } from '../node/readDocument';
import { resolve } from 'node:path';
import { ConfigSource, type ConfigChoice } from './configSource';
import { displayPath, type CliIo } from './io';

/**
 * Which files a command reads as postmortems, one rule for `lint` and `stats`: the paths the user
 * gives (files, directories, globs, `!glob` to leave out, `-` for standard input), and of the files
 * a walk finds, only those the include and ignores globs (or the content) call postmortems.
 */

/** The argument that reads the document from standard input, as markdownlint-cli2 and ESLint spell it. */
export const STDIN_ARGUMENT = '-';
/** How a document read from standard input is named in reports. */
export const STDIN_NAME = '<stdin>';

/** One document to read: a file, or the text of standard input. */
export interface Source {
  path: string;
  shown: string;
  /** Named by the user, so read even when it does not look like a postmortem. */
  named: boolean;
  text?: string;
}

export async function findSources(paths: readonly string[], io: CliIo, stdin: boolean): Promise<{ ok: true; list: Source[] } | { ok: false; problems: string[] }> {
  const list: Source[] = [];
  if (stdin) list.push({ path: join(io.cwd, STDIN_NAME), shown: STDIN_NAME, named: true, text: await io.readStdin() });
  const others = paths.filter((p) => p !== STDIN_ARGUMENT);
  // Only negated globs (`postmortem lint '!drafts/**'`) mean: the working directory, less those.
  const positive = others.filter((p) => !/^[!#]/.test(p));
  if (stdin && positive.length === 0) return { ok: true, list };
  const { files, named, problems } = await collectFiles(positive.length ? others : ['.', ...others], io.cwd);
  if (problems.length) return { ok: false, problems };
  list.push(...files.map((path) => ({ path, shown: displayPath(io.cwd, path), named: named.has(path) })));
  return { ok: true, list };
}

export type ReadOutcome =
  /** A postmortem (or a file named as one), with the config that governs it. */
  | { kind: 'read'; text: string; bom: boolean; config: ResolvedConfig; note?: string }
  /** Found by a walk and left alone. */
  | { kind: 'not-postmortem' }
  /** Lines for stderr: the file could not be read or configured. */
  | { kind: 'trouble'; problems: string[] };

/** Reads one source with its config, and says whether it is a postmortem to read at all. */
export async function readPostmortem(source: Source, configs: ConfigSource): Promise<ReadOutcome> {
  const choice = await configs.for(source.path);
  if (!choice.ok) return { kind: 'trouble', problems: choice.problems };
  let text = source.text;
  let bom = false;
  if (text === undefined) {
    const read = await readDocument(source.path);
    if (!read.ok) return { kind: 'trouble', problems: [`${source.shown}: ${read.problem}`] };
    ({ text, bom } = read);
  }
  const verdict = classifyPostmortem(scopePaths(source.path, choice, configs.cwd), text, choice.config.scope);
  if (!verdict.postmortem && !source.named) return { kind: 'not-postmortem' };
  return { kind: 'read', text, bom, config: choice.config, note: notAPostmortemNote(verdict) };
}

/** The names the include and ignores globs are matched against: from the config file's folder, the working directory, and the root. */
function scopePaths(path: string, choice: ConfigChoice & { ok: true }, cwd: string): string[] {
  const slashed = (p: string) => (sep === '\\' ? p.replace(/\\/g, '/') : p);
  const paths = [slashed(path).replace(/^\/+/, ''), slashed(relative(cwd, path))];
  if (choice.dir) paths.push(slashed(relative(choice.dir, path)));
  return paths.filter((p) => !p.startsWith('..'));
}

/**
 * What a command over postmortems starts from: the files it names, and the configs that govern
 * them (an explicit `--config` for all, else each file's nearest). Undefined when a path names
 * nothing or the explicit config is broken; the problems are printed, and the command exits 2.
 */
export async function openRun(paths: readonly string[], io: CliIo, options: { stdin: boolean; template?: Template; config?: string }): Promise<{ list: Source[]; configs: ConfigSource } | undefined> {
  const found = await findSources(paths, io, options.stdin);
  if (!found.ok) {
    found.problems.forEach((p) => io.stderr(p));
    return undefined;
  }
  const configs = new ConfigSource(io.cwd, options.template);
  if (options.config !== undefined) {
    // An explicit config file governs every document: if it is broken, nothing is read by it.
    const choice = await configs.useExplicit(resolve(io.cwd, options.config));
    if (!choice.ok) {
      choice.problems.forEach((p) => io.stderr(p));
      return undefined;
    }
  }
  return { list: found.list, configs };
}
