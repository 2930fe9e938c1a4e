import type { Connection } from 'vscode-languageserver';
import { FindMarkdownFilesRequest, ReadFileRequest, StatFileRequest, type Request } from '../protocol/customMessages';
import type { ServerHost } from './host';

/**
 * The language server's host in a browser's web worker, which has no disk: the workspace's
 * Markdown files and its `.postmortemrc.json` files are asked of the client (FindMarkdownFiles,
 * StatFile, ReadFile), which reads them with vscode.workspace.fs.
 */
export function browserServerHost(connection: Connection): ServerHost {
  const ask = <P, R>(request: Request<P, R>, params: P) => connection.sendRequest(request.method, params) as Promise<R>;
  return {
    files: {
      list: (folder, maxFiles) => ask(FindMarkdownFilesRequest, { folder, maxFiles }),
      stat: (uri) => ask(StatFileRequest, { uri }),
      read: async (uri, maxBytes) => {
        const read = await ask(ReadFileRequest, { uri, maxBytes });
        return 'text' in read ? { ok: true, text: read.text, bom: false } : { ok: false, problem: read.problem };
      },
    },
  };
}
