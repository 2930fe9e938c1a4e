import type { ServerHost } from './host';

/**
 * The language server's host in a browser's web worker: no disk. Open documents are checked with
 * the user's settings; no `.postmortemrc.json` applies, and workspace symbols and owner
 * completions know the open postmortems only.
 */
export const browserServerHost: ServerHost = {
  configLookup: () => ({
    configFor: async () => undefined,
    load: async (path) => ({ ok: false, path, source: path, problems: [{ origin: 'file', kind: 'unreadable', path: [], message: 'config files are not read in the browser' }] }),
    clear: () => undefined,
  }),
  files: {
    list: async () => [],
    stat: async () => {
      throw new Error('no files in the browser');
    },
    read: async () => ({ ok: false, problem: 'is not readable in the browser' }),
  },
};
