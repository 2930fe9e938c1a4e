import type { ConfigProblem } from '../engine';
import type { ConfigFinder, ConfigLoad } from '../config/configFinder';
import { documentFolder, normalUri } from './configPlaces';

/** How long a lookup is trusted when the client cannot tell us that a config file changed. */
const UNWATCHED_TTL_MS = 2000;

/** A config file the client reports created, changed or deleted. */
export interface ConfigChange {
  uri: string;
  deleted: boolean;
}

/**
 * The `.postmortemrc.json` that governs each document, found by walking up from its URI with the
 * CLI's finder (so the CLI and the editor agree), over the host's files (see configPlaces.ts).
 * Config files are named by URI throughout. Lookups are cached until the client reports a
 * config file change; clients that cannot watch files get a short-lived cache instead. The
 * problems of each config file are shown on that file (`show`), and shown again only when they
 * change: not once per keystroke in a postmortem, and cleared when the file is mended or deleted.
 */
export class ConfigFiles {
  /** What was last shown on each config file (by URI), as JSON, for files that had problems. */
  private readonly shown = new Map<string, string>();
  private watched = false;
  private lastCleared = Date.now();

  constructor(
    private readonly finder: ConfigFinder,
    private readonly show: (uri: string, problems: readonly ConfigProblem[]) => void,
  ) {}

  /** The client will send workspace/didChangeWatchedFiles for config files. */
  setWatched(watched: boolean): void {
    this.watched = watched;
  }

  /** `fallbackFolder`: where documents that are not files (untitled) take their config from. */
  async forDocument(uri: string, fallbackFolder?: string): Promise<ConfigLoad | undefined> {
    const dir = documentFolder(uri, fallbackFolder);
    if (!dir) return undefined;
    if (!this.watched && Date.now() - this.lastCleared > UNWATCHED_TTL_MS) this.clear();
    const load = await this.finder.configFor(dir);
    if (load) this.showLoad(load);
    return load;
  }

  /**
   * Config files were created, changed or deleted: every lookup is forgotten, and each changed
   * file is checked at once, so its problems appear (or go) on save even with no postmortem open.
   */
  async changed(changes: readonly ConfigChange[]): Promise<void> {
    this.clear();
    await Promise.all(
      changes.map(async (change) => {
        const uri = normalUri(change.uri);
        if (change.deleted) this.showProblems(uri, []);
        else this.showLoad(await this.finder.load(uri));
      }),
    );
  }

  private showLoad(load: ConfigLoad): void {
    if (load.ok) this.showProblems(load.file.path, []);
    else this.showProblems(load.path, load.problems);
  }

  private showProblems(uri: string, problems: readonly ConfigProblem[]): void {
    const seen = JSON.stringify(problems);
    if ((this.shown.get(uri) ?? '[]') === seen) return;
    if (problems.length) this.shown.set(uri, seen);
    else this.shown.delete(uri);
    this.show(uri, problems);
  }

  private clear(): void {
    this.finder.clear();
    this.lastCleared = Date.now();
  }
}
