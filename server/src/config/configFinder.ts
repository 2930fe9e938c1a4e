import { checkConfigText, type ConfigFile, type ConfigProblem } from '../engine';

export const CONFIG_FILE_NAME = '.postmortemrc.json';

/** A config file that parsed and passed the schema; `source` names it in messages. */
export interface LoadedConfig {
  config: ConfigFile;
  source: string;
  /** Where the file is, as its places name it: a path for the CLI, a URI for the language server. */
  path: string;
}

/** A config file with problems is not applied; `problems` say what to mend, and where in the file. */
export type ConfigLoad = { ok: true; file: LoadedConfig } | { ok: false; path: string; source: string; problems: ConfigProblem[] };

/**
 * Where config files may be and how to read them: the disk by paths for the CLI, the editor's
 * files by URIs for the language server (through the client's workspace.fs in a browser).
 */
export interface ConfigPlaces {
  /** The config file's place in a directory. */
  inDirectory(dir: string): string;
  /** The directory above, or undefined at the root. */
  parent(dir: string): string | undefined;
  isFile(place: string): Promise<boolean>;
  /** The file's text, or why it cannot be read, as words that follow its name. */
  read(place: string): Promise<{ text: string } | { problem: string }>;
}

/** Reads a config file and checks it (see `checkConfigText`); a read error is one more kind of problem. */
export async function loadConfig(places: ConfigPlaces, path: string, source = path): Promise<ConfigLoad> {
  const read = await places.read(path);
  if ('problem' in read) return { ok: false, path, source, problems: [{ origin: 'file', kind: 'unreadable', path: [], message: read.problem }] };
  const check = checkConfigText(read.text);
  return check.ok ? { ok: true, file: { config: check.config, source, path } } : { ok: false, path, source, problems: check.problems };
}

/**
 * Finds the `.postmortemrc.json` that governs a directory: the nearest one walking up. Each
 * directory's answer and each file's contents are cached, so a thousand documents in one folder
 * cost one lookup; `clear()` forgets everything (for a watcher that sees a config change). The
 * CLI and the language server share it, so both pick the same file.
 */
export class ConfigFinder {
  private readonly located = new Map<string, Promise<string | undefined>>();
  private readonly loaded = new Map<string, Promise<ConfigLoad>>();

  /** `source` turns a config file's place into the name used in messages. */
  constructor(
    private readonly places: ConfigPlaces,
    private readonly source: (path: string) => string = (path) => path,
  ) {}

  /** The nearest config file at or above `dir`, or undefined when there is none up to the root. */
  locate(dir: string): Promise<string | undefined> {
    let found = this.located.get(dir);
    if (!found) {
      found = this.lookIn(dir);
      this.located.set(dir, found);
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
      load = loadConfig(this.places, path, this.source(path));
      this.loaded.set(path, load);
    }
    return load;
  }

  clear(): void {
    this.located.clear();
    this.loaded.clear();
  }

  private async lookIn(dir: string): Promise<string | undefined> {
    const candidate = this.places.inDirectory(dir);
    if (await this.places.isFile(candidate)) return candidate;
    const parent = this.places.parent(dir);
    return parent === undefined ? undefined : this.locate(parent);
  }
}
