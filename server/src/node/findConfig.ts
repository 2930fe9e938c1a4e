import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkConfigText, type ConfigFile, type ConfigProblem } from '../engine';
import { describeFsError } from './fsErrors';

export const CONFIG_FILE_NAME = '.postmortemrc.json';

/** A config file that parsed and passed the schema; `source` names it in messages. */
export interface LoadedConfig {
  config: ConfigFile;
  source: string;
  path: string;
}

/** A config file with problems is not applied; `problems` say what to mend, and where in the file. */
export type ConfigLoad = { ok: true; file: LoadedConfig } | { ok: false; path: string; source: string; problems: ConfigProblem[] };

/** Reads a config file and checks it (see `checkConfigText`); a read error is one more kind of problem. */
export async function loadConfigFile(path: string, source = path): Promise<ConfigLoad> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, path, source, problems: [{ origin: 'file', kind: 'unreadable', path: [], message: describeFsError(error) }] };
  }
  const check = checkConfigText(text);
  return check.ok ? { ok: true, file: { config: check.config, source, path } } : { ok: false, path, source, problems: check.problems };
}

/**
 * Finds the `.postmortemrc.json` that governs a directory: the nearest one walking up. Each
 * directory's answer and each file's contents are cached, so a thousand documents in one folder
 * cost one lookup; `clear()` forgets everything (for a watcher that sees a config change).
 */
export class ConfigFinder {
  private readonly located = new Map<string, Promise<string | undefined>>();
  private readonly loaded = new Map<string, Promise<ConfigLoad>>();

  /** `source` turns a config file's absolute path into the name used in messages. */
  constructor(private readonly source: (path: string) => string = (path) => path) {}

  /** The nearest config file at or above `dir`, or undefined when there is none up to the root. */
  locate(dir: string): Promise<string | undefined> {
    const absolute = resolve(dir);
    let found = this.located.get(absolute);
    if (!found) {
      found = this.lookIn(absolute);
      this.located.set(absolute, found);
    }
    return found;
  }

  /** The checked config that governs `dir`; undefined when no config file governs it. */
  async configFor(dir: string): Promise<ConfigLoad | undefined> {
    const path = await this.locate(dir);
    return path === undefined ? undefined : this.load(path);
  }

  load(path: string): Promise<ConfigLoad> {
    let load = this.loaded.get(path);
    if (!load) {
      load = loadConfigFile(path, this.source(path));
      this.loaded.set(path, load);
    }
    return load;
  }

  clear(): void {
    this.located.clear();
    this.loaded.clear();
  }

  private async lookIn(dir: string): Promise<string | undefined> {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    const parent = dirname(dir);
    return parent === dir ? undefined : this.locate(parent);
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
