/**
 * The browser language client: the server (dist/web-server.js) runs in a web worker. Loaded
 * lazily by browserExtension.ts, after activation.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, setUpClient } from './clientOptions';

// The web extension host has Worker; the project compiles without the DOM library.
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function createBrowserLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/web-server.js').toString(true));
  // Every scheme: in the browser the files are virtual (vscode-vfs on github.dev, vscode-remote in
  // code-server), and the server reads only the text the editor sends it.
  const client = new LanguageClient('postmortem', 'Postmortem', clientOptions([{ language: 'markdown' }], log), worker);
  setUpClient(client, context, log);
  return client;
}
