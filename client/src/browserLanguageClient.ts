/**
 * The browser language client: the server (dist/web-server.js) runs in a web worker. Loaded
 * lazily by browserExtension.ts, after activation.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, setUpClient } from './clientOptions';
import type { ServerDocuments } from './serverDocuments';
import { serveWorkspaceFiles } from './workspaceFiles';

// The web extension host has these; the project compiles without the DOM library.
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3];
declare const Worker: new (url: string) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

export async function createBrowserLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, documents: ServerDocuments): Promise<LanguageClient> {
  const worker = await startServerWorker(vscode.Uri.joinPath(context.extensionUri, 'dist/web-server.js'));
  const client = new LanguageClient('postmortem', 'Postmortem', clientOptions(documents, log), worker);
  setUpClient(client, context, log);
  serveWorkspaceFiles(client);
  return client;
}

/**
 * vscode.dev and github.dev serve extensions over https, where a Worker loads the script itself.
 * An extension installed on a server (code-server, a remote) has a vscode-remote: location, from
 * which the web worker host refuses to start a Worker: there the script is read through
 * workspace.fs and started from a blob.
 */
async function startServerWorker(main: vscode.Uri): Promise<ServerWorker> {
  if (main.scheme === 'https' || main.scheme === 'http') return new Worker(main.toString(true));
  const source = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}
