import { stat } from 'node:fs/promises';
import { URI } from 'vscode-uri';
import type { ServerHost } from '../lsp/host';
import { collectFiles } from './collectFiles';
import { ConfigFinder } from './findConfig';
import { readDocument } from './readDocument';

/** The language server's host in Node: config files and the workspace's postmortems read from disk, as the CLI reads them. */
export const nodeServerHost: ServerHost = {
  configLookup: (describePath) => new ConfigFinder(describePath),
  files: {
    async list(folder, maxFiles) {
      const parsed = URI.parse(folder);
      // Only folders on disk can be walked; other schemes are left to the editor.
      if (parsed.scheme !== 'file') return [];
      return (await collectFiles([parsed.fsPath], parsed.fsPath)).files.slice(0, maxFiles).map((path) => URI.file(path).toString());
    },
    stat: (uri) => stat(URI.parse(uri).fsPath),
    read: (uri, maxBytes) => readDocument(URI.parse(uri).fsPath, maxBytes),
  },
};
