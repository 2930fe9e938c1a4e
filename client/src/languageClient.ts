/**
 * The Node language client: the server runs as a Node process (dist/server.js) over IPC.
 * Loaded lazily by extension.ts, so loading the client library and starting the server happen
 * after activation, not during it.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, setUpClient } from './clientOptions';
import type { ServerDocuments } from './serverDocuments';

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, documents: ServerDocuments): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The id `postmortem` makes the client read `postmortem.trace.server`.
  const client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions(documents, log));
  setUpClient(client, context, log);
  return client;
}
