import { dirname, join, resolve } from 'node:path';
import { findPreset, findSeverity, SEVERITIES, isCalendarDate, localDate, newPostmortem, postmortemBaseName, PRESET_IDS, PRESETS, resolveConfig, type Template } from '../engine';
import { createFile } from '../node/createFile';
import { ConfigFinder } from '../node/findConfig';
import { describeFsError } from '../node/fsErrors';
import { EXIT_OK, EXIT_TROUBLE, UsageError } from './errors';
import { configLoadLines } from './configSource';
import { displayPath, type CliIo } from './io';

export interface NewOptions {
  /** A preset id; without it, the template of the config file governing the target directory, else the first preset. */
  template?: string;
  title?: string;
  /** YYYY-MM-DD; today (local time) by default. */
  date?: string;
  severity?: string;
  /** An exact path to write; refused if it exists. */
  out?: string;
  /** The directory for the default name `<date>-<slug>.md`; the working directory by default. */
  dir?: string;
}

const DEFAULT_TITLE = 'Untitled incident';
/** How many `-2`, `-3` ... names are tried before giving up. */
const MAX_SUFFIX = 1000;

/**
 * `postmortem new`: writes a postmortem from a template and prints its path. Never overwrites:
 * a taken default name gets `-2`, `-3` ...; a taken `--out` path is an error.
 */
export async function newCommand(options: NewOptions, io: CliIo): Promise<number> {
  if (options.out !== undefined && options.dir !== undefined) throw new UsageError('use --out or --dir, not both');
  const date = options.date ?? localDate();
  checkDate(date);
  const title = (options.title ?? DEFAULT_TITLE).replace(/\s+/g, ' ').trim() || DEFAULT_TITLE;
  const dir = resolve(io.cwd, options.dir ?? '.');
  const template = await chooseTemplate(options.template, options.out !== undefined ? dirname(resolve(io.cwd, options.out)) : dir, io.cwd);
  const text = newPostmortem(template, { title, date, severity: checkSeverity(options.severity) });

  if (options.out !== undefined) {
    const path = resolve(io.cwd, options.out);
    await create(path, text, io.cwd);
    io.stdout(displayPath(io.cwd, path) + '\n');
    return EXIT_OK;
  }
  const base = postmortemBaseName(date, title);
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const path = join(dir, n === 1 ? `${base}.md` : `${base}-${n}.md`);
    try {
      await createFile(path, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new UsageError(`${displayPath(io.cwd, path)}: ${describeFsError(error)}`);
    }
    io.stdout(displayPath(io.cwd, path) + '\n');
    return EXIT_OK;
  }
  io.stderr(`${displayPath(io.cwd, join(dir, base))}.md and ${MAX_SUFFIX - 1} numbered variants all exist; use --out`);
  return EXIT_TROUBLE;
}

async function create(path: string, text: string, cwd: string): Promise<void> {
  try {
    await createFile(path, text);
  } catch (error) {
    const shown = displayPath(cwd, path);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${shown} already exists; not overwriting it`);
    throw new UsageError(`${shown}: ${describeFsError(error)}`);
  }
}

/** The named preset; else the template of the config file over the target directory; else the first preset. */
async function chooseTemplate(id: string | undefined, targetDir: string, cwd: string): Promise<Template> {
  if (id !== undefined) {
    const preset = findPreset(id);
    if (!preset) throw new UsageError(`unknown template "${id}"; use one of ${PRESET_IDS.join(', ')}`);
    return preset;
  }
  const load = await new ConfigFinder((path) => displayPath(cwd, path)).configFor(targetDir);
  if (load && !load.ok) throw new UsageError(configLoadLines(load).join('\n'));
  return (load && resolveConfig({}, load.file).template) ?? PRESETS[0];
}

/** The listed label for what the user wrote (`sev3` is SEV-3); anything else is refused before a file is written. */
function checkSeverity(severity: string | undefined): string | undefined {
  if (severity === undefined) return undefined;
  const found = findSeverity(severity);
  if (!found) throw new UsageError(`--severity "${severity}" is not a severity; use one of ${SEVERITIES.map((s) => s.label).join(', ')}`);
  return found.label;
}

function checkDate(date: string): void {
  if (!isCalendarDate(date)) throw new UsageError(`--date "${date}" is not a date written YYYY-MM-DD, like 2024-03-11`);
}
