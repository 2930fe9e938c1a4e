import { dirname } from 'node:path';
import { URI } from 'vscode-uri';
import { ConfigFinder, type ConfigLoad } from '../node/findConfig';

/** How long a lookup is trusted when the client cannot tell us that a config file changed. */
const UNWATCHED_TTL_MS = 2000;

/**
 * The `.postmortemrc.json` that governs each document, found by walking up from its path with the
 * CLI's finder (so the CLI and the editor agree). Lookups are cached until the client reports a
 * config file change; clients that cannot watch files get a short-lived cache instead. A broken
 * config is announced once per problem, not once per keystroke.
 */
export class ConfigFiles {
  private readonly finder: ConfigFinder;
  private readonly announced = new Set<string>();
  private watched = false;
  private lastCleared = Date.now();

  constructor(
    describePath: (path: string) => string,
    private readonly announce: (problems: readonly string[]) => void,
  ) {
    this.finder = new ConfigFinder(describePath);
  }

  /** The client will send workspace/didChangeWatchedFiles for config files. */
  setWatched(watched: boolean): void {
    this.watched = watched;
  }

  /** `fallbackFolder`: where documents that are not files (untitled) take their config from. */
  async forDocument(uri: string, fallbackFolder?: string): Promise<ConfigLoad | undefined> {
    const parsed = URI.parse(uri);
    const dir = parsed.scheme === 'file' ? dirname(parsed.fsPath) : fallbackFolder && URI.parse(fallbackFolder).fsPath;
    if (!dir) return undefined;
    if (!this.watched && Date.now() - this.lastCleared > UNWATCHED_TTL_MS) this.clear();
    const load = await this.finder.configFor(dir);
    if (load && !load.ok) {
      const fresh = load.problems.filter((p) => !this.announced.has(p));
      fresh.forEach((p) => this.announced.add(p));
      if (fresh.length) this.announce(fresh);
    }
    return load;
  }

  /** A config file was created, changed or deleted. */
  changed(): void {
    this.clear();
    this.announced.clear();
  }

  private clear(): void {
    this.finder.clear();
    this.lastCleared = Date.now();
  }
}
