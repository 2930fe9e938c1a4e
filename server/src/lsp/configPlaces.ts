import { URI, Utils } from 'vscode-uri';
import { CONFIG_FILE_NAME, type ConfigPlaces } from '../config/configFinder';
import type { PostmortemFiles } from './host';

/** Config files are a few hundred bytes; a larger one is a mistake, not worth reading whole. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Config files by URI, read through the host's files: from the disk in Node, through the client's
 * workspace.fs in a browser, so a `.postmortemrc.json` in a github.dev repository applies as it
 * does on a laptop. URIs are kept in vscode-uri's normal form, so a file the client reports
 * changed matches the one that was read.
 */
export function uriConfigPlaces(files: PostmortemFiles): ConfigPlaces {
  return {
    inDirectory: (dir) => Utils.joinPath(URI.parse(dir), CONFIG_FILE_NAME).toString(),
    parent(dir) {
      const uri = URI.parse(dir);
      const up = Utils.dirname(uri);
      return up.path === uri.path ? undefined : up.toString();
    },
    async isFile(uri) {
      try {
        return !(await files.stat(uri)).directory;
      } catch {
        return false;
      }
    },
    async read(uri) {
      try {
        const read = await files.read(uri, MAX_CONFIG_BYTES);
        return read.ok ? { text: read.text } : { problem: read.problem };
      } catch (error) {
        return { problem: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** A URI in the form the places give, for comparing URIs the client sent with them. */
export function normalUri(uri: string): string {
  return URI.parse(uri).toString();
}

/**
 * The folder a document's config is looked up from: its own folder, or `fallbackFolder` for a
 * document with no place (untitled). A query or fragment names a version of the document (git:),
 * not a folder, and is dropped.
 */
export function documentFolder(uri: string, fallbackFolder: string | undefined): string | undefined {
  const parsed = URI.parse(uri);
  if (parsed.scheme === 'untitled') return fallbackFolder && normalUri(fallbackFolder);
  return Utils.dirname(parsed.with({ query: '', fragment: '' })).toString();
}
