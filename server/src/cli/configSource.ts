import { dirname } from 'node:path';
import { configProblemLine, resolveConfig, type ResolvedConfig, type Template } from '../engine';
import { ConfigFinder, loadConfigFile, type ConfigLoad, type LoadedConfig } from '../node/findConfig';
import { displayPath } from './io';

export type ConfigChoice =
  /** `dir`: the folder of the config file, which its include and ignores globs are relative to. */
  | { ok: true; config: ResolvedConfig; dir?: string }
  /** The config file is broken: one line per mistake, `file:line:column: message`. */
  | { ok: false; problems: string[] };

/**
 * The checked configuration for each document: the explicit `--config` file, or the nearest
 * `.postmortemrc.json` above the document. Resolved once per config file.
 */
export class ConfigSource {
  private readonly finder: ConfigFinder;
  private readonly resolved = new Map<string, ConfigChoice>();
  private explicit?: ConfigChoice;

  constructor(
    readonly cwd: string,
    private readonly template: Template | undefined,
  ) {
    this.finder = new ConfigFinder((path) => displayPath(cwd, path));
  }

  /** Uses one config file for every document, instead of the nearest one. */
  async useExplicit(path: string): Promise<ConfigChoice> {
    const load = await loadConfigFile(path, displayPath(this.cwd, path));
    this.explicit = load.ok ? this.resolve(load.file) : { ok: false, problems: configLoadLines(load) };
    return this.explicit;
  }

  async for(documentPath: string): Promise<ConfigChoice> {
    if (this.explicit) return this.explicit;
    const load = await this.finder.configFor(dirname(documentPath));
    if (load && !load.ok) return { ok: false, problems: configLoadLines(load) };
    const key = load?.file.path ?? '';
    let choice = this.resolved.get(key);
    if (!choice) {
      choice = this.resolve(load?.file);
      this.resolved.set(key, choice);
    }
    return choice;
  }

  private resolve(file: LoadedConfig | undefined): ConfigChoice {
    const config = resolveConfig({}, file);
    // A template named on the command line wins over the config file's.
    return { ok: true, config: this.template ? { ...config, template: this.template } : config, dir: file && dirname(file.path) };
  }
}

/** What is wrong with a config file, one line per mistake. */
export function configLoadLines(load: ConfigLoad & { ok: false }): string[] {
  return load.problems.map((problem) => configProblemLine(load.source, problem));
}
