import { stat } from 'node:fs/promises';
import { URI } from 'vscode-uri';
import type { ServerHost } from '../lsp/host';
import { collectFiles } from './collectFiles';
import { readDocument } from './readDocument';

/**
 * The file a URI names on the disk. Other schemes are the editor's to read (a virtual file system
 * in Node is out of reach), and their paths must not be taken for local ones.
 */
function diskPath(uri: string): string {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') throw new Error(`${parsed.scheme}: files are not on this disk`);
  return parsed.fsPath;
}

/** The language server's host in Node: config files and the workspace's postmortems read from disk, as the CLI reads them. */
export const nodeServerHost: ServerHost = {
  files: {
    async list(folder, maxFiles) {
      const parsed = URI.parse(folder);
      // Only folders on disk can be walked; other schemes are left to the editor.
      if (parsed.scheme !== 'file') return [];
      return (await collectFiles([parsed.fsPath], parsed.fsPath)).files.slice(0, maxFiles).map((path) => URI.file(path).toString());
    },
    async stat(uri) {
      const info = await stat(diskPath(uri));
      return { mtimeMs: info.mtimeMs, size: info.size, directory: info.isDirectory() };
    },
    read: async (uri, maxBytes) => {
      try {
        return await readDocument(diskPath(uri), maxBytes);
      } catch (error) {
        return { ok: false, problem: (error as Error).message };
      }
    },
  },
};
