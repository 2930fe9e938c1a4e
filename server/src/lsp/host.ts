import type { ConfigLoad } from '../node/findConfig';
import type { DocumentRead } from '../node/readDocument';

/**
 * What the server reads beyond the documents the editor sends it: `.postmortemrc.json` files and
 * the workspace's other postmortems. In Node these come from the disk (server/src/node); in a
 * browser's web worker there is no disk, so the server is given a host that reads nothing. The
 * session and everything it imports see only this interface, which keeps the Node built-ins out
 * of the browser bundle (scripts/build.mjs fails the build if one slips in).
 */
export interface ServerHost {
  /** Finds the config files; `describePath` names a config file in messages. */
  configLookup(describePath: (path: string) => string): ConfigLookup;
  readonly files: PostmortemFiles;
}

/** The nearest config file governing a directory, as `ConfigFinder` (server/src/node) finds it. */
export interface ConfigLookup {
  /** Undefined when no config file governs `dir`. */
  configFor(dir: string): Promise<ConfigLoad | undefined>;
  load(path: string): Promise<ConfigLoad>;
  /** Forgets what was found and read, after a config file changed. */
  clear(): void;
}

/** The Markdown files of the workspace, for workspace symbols and owner completions. */
export interface PostmortemFiles {
  /** The URIs of the Markdown files in a workspace folder (given as a URI); more than `maxFiles` may be cut to `maxFiles`. */
  list(folder: string, maxFiles: number): Promise<string[]>;
  /** Throws when the file is gone. */
  stat(uri: string): Promise<{ mtimeMs: number; size: number }>;
  read(uri: string, maxBytes: number): Promise<DocumentRead>;
}
