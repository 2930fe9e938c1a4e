import { realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
// `require`, not `import`: bundled from its ESM build, tinyglobby's fdir calls createRequire(import.meta.url),
// which esbuild's CommonJS output leaves undefined; the CommonJS build has no such call.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tinyglobby = require('tinyglobby');
import { describeFsError } from './fsErrors';

/** What a directory is searched for. */
export const MARKDOWN_GLOB = '**/*.md';

/** Never searched: dependencies. Dot-directories (`.git`, `.github`) are skipped by the glob itself. */
const IGNORE = ['**/node_modules/**'];

export interface CollectedFiles {
  /** Absolute paths, sorted; a file reached through several symbolic links is listed once. */
  files: string[];
  /** Those of `files` the arguments named one by one (not found by a directory walk or a glob). */
  named: ReadonlySet<string>;
  /** One line per argument that named nothing to lint: "no such file or directory: x". */
  problems: string[];
}

/**
 * A glob that takes files away, as markdownlint-cli2 writes them: `!drafts/**`, or `#drafts/**`
 * for shells where `!` is special. Returns the glob without its mark, or undefined.
 */
export function negatedGlob(arg: string): string | undefined {
  return /^[!#]/.test(arg) ? arg.slice(1) : undefined;
}

/**
 * Turns command-line arguments into the files to lint. A file is taken as named, whatever its
 * extension; a directory is searched for Markdown files, skipping `node_modules` and
 * dot-directories; anything else that looks like a glob is matched from `cwd`. Negated globs
 * (`!x`, `#x`) remove what they match from everything the other arguments found.
 */
export async function collectFiles(args: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files = new Set<string>();
  const named = new Set<string>();
  const problems: string[] = [];
  const negated = args.map(negatedGlob).filter((g): g is string => g !== undefined && g !== '');
  const ignore = [...IGNORE, ...negated];
  const excluded = negated.length ? picomatch(negated, { dot: true }) : () => false;
  for (const arg of args) {
    if (negatedGlob(arg) !== undefined) continue;
    const path = resolve(cwd, arg);
    let kind: 'file' | 'directory' | 'missing';
    try {
      const info = await stat(path);
      kind = info.isDirectory() ? 'directory' : 'file';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push(`${arg}: ${describeFsError(error)}`);
        continue;
      }
      kind = 'missing';
    }
    if (kind === 'file') {
      if (excluded(toGlobPath(relative(cwd, path)))) continue;
      files.add(path);
      named.add(path);
    } else if (kind === 'directory') {
      // Negated globs are written from the working directory; the walk runs from the directory.
      const found = (await tinyglobby.glob(MARKDOWN_GLOB, { cwd: path, absolute: true, ignore: IGNORE, dot: false, expandDirectories: false })).filter(
        (f) => !excluded(toGlobPath(relative(cwd, f))),
      );
      if (found.length === 0) problems.push(`no Markdown files (*.md) in ${arg}`);
      found.forEach((f) => files.add(resolve(f)));
    } else if (tinyglobby.isDynamicPattern(arg)) {
      const found = await tinyglobby.glob(arg, { cwd, absolute: true, ignore, dot: false, expandDirectories: false });
      if (found.length === 0) problems.push(`no files match ${arg}`);
      found.forEach((f) => files.add(resolve(f)));
    } else {
      problems.push(`no such file or directory: ${arg}`);
    }
  }
  const unique = await onePathPerFile([...files].sort());
  return { files: unique, named: new Set(unique.filter((f) => named.has(f))), problems };
}

function toGlobPath(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/** Among the paths that reach one file, its own path if it was found, else the first. */
async function onePathPerFile(paths: readonly string[]): Promise<string[]> {
  const byReal = new Map<string, string>();
  for (const path of paths) {
    const real = await realpath(path).catch(() => path);
    if (!byReal.has(real) || path === real) byReal.set(real, path);
  }
  return [...byReal.values()].sort();
}
