import type { DocumentRead } from '../node/readDocument';

/**
 * What the server reads beyond the documents the editor sends it: `.postmortemrc.json` files and
 * the workspace's other postmortems. In Node these come from the disk (server/src/node); in a
 * browser's web worker there is no disk, so they are asked of the client. Either way the server
 * reads them by URI through this one interface, which keeps the Node built-ins out of the browser
 * bundle (scripts/build.mjs fails the build if one slips in).
 */
export interface ServerHost {
  readonly files: PostmortemFiles;
}

/** The workspace's files: Markdown for workspace symbols, owners and the roll-up; config files. */
export interface PostmortemFiles {
  /** The URIs of the Markdown files in a workspace folder (given as a URI); more than `maxFiles` may be cut to `maxFiles`. */
  list(folder: string, maxFiles: number): Promise<string[]>;
  /** Throws when the file is gone. */
  stat(uri: string): Promise<FileStat>;
  read(uri: string, maxBytes: number): Promise<DocumentRead>;
}

export interface FileStat {
  mtimeMs: number;
  size: number;
  directory: boolean;
}
