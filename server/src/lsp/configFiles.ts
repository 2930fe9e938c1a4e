import { URI, Utils } from 'vscode-uri';
import type { ConfigProblem } from '../engine';
import type { ConfigLoad } from '../node/findConfig';
import type { ConfigLookup } from './host';

/** How long a lookup is trusted when the client cannot tell us that a config file changed. */
const UNWATCHED_TTL_MS = 2000;

/** A config file the client reports created, changed or deleted. */
export interface ConfigChange {
  path: string;
  deleted: boolean;
}

/**
 * The `.postmortemrc.json` that governs each document, found by walking up from its path with the
 * host's lookup (in Node, the CLI's finder, so the CLI and the editor agree). Lookups are cached until the client reports a
 * config file change; clients that cannot watch files get a short-lived cache instead. The
 * problems of each config file are shown on that file (`show`), and shown again only when they
 * change: not once per keystroke in a postmortem, and cleared when the file is mended or deleted.
 */
export class ConfigFiles {
  /** What was last shown on each config file, as JSON, for files that had problems. */
  private readonly shown = new Map<string, string>();
  private watched = false;
  private lastCleared = Date.now();

  constructor(
    private readonly finder: ConfigLookup,
    private readonly show: (path: string, problems: readonly ConfigProblem[]) => void,
  ) {}

  /** The client will send workspace/didChangeWatchedFiles for config files. */
  setWatched(watched: boolean): void {
    this.watched = watched;
  }

  /** `fallbackFolder`: where documents that are not files (untitled) take their config from. */
  async forDocument(uri: string, fallbackFolder?: string): Promise<ConfigLoad | undefined> {
    const parsed = URI.parse(uri);
    const dir = parsed.scheme === 'file' ? Utils.dirname(parsed).fsPath : fallbackFolder && URI.parse(fallbackFolder).fsPath;
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
      changes.map(async ({ path, deleted }) => {
        if (deleted) this.showProblems(path, []);
        else this.showLoad(await this.finder.load(path));
      }),
    );
  }

  private showLoad(load: ConfigLoad): void {
    if (load.ok) this.showProblems(load.file.path, []);
    else this.showProblems(load.path, load.problems);
  }

  private showProblems(path: string, problems: readonly ConfigProblem[]): void {
    const seen = JSON.stringify(problems);
    if ((this.shown.get(path) ?? '[]') === seen) return;
    if (problems.length) this.shown.set(path, seen);
    else this.shown.delete(path);
    this.show(path, problems);
  }

  private clear(): void {
    this.finder.clear();
    this.lastCleared = Date.now();
  }
}
