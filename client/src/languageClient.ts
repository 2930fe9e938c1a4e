/**
 * The only module that loads vscode-languageclient: extension.ts imports it lazily, so that
 * loading the client library and starting the server happen after activation, not during it.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions, type StaticFeature } from 'vscode-languageclient/node';
import { DOCUMENT_STATUS_CAPABILITY, WORKSPACE_CHANGED_CAPABILITY } from '../../server/src/protocol/customMessages';

/** Asks the server to push `postmortem/documentStatus` and `postmortem/workspaceChanged`, which other editors do not want. */
const documentStatusFeature: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), [DOCUMENT_STATUS_CAPABILITY]: true, [WORKSPACE_CHANGED_CAPABILITY]: true };
  },
  initialize() {},
  getState: () => ({ kind: 'static' }),
  clear() {},
};

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved drafts only: in virtual workspaces the server cannot read the files.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json') },
    outputChannel: log,
    traceOutputChannel: log,
  };
  // The id `postmortem` makes the client read `postmortem.trace.server`.
  const client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions);
  client.registerFeature(documentStatusFeature);
  context.subscriptions.push(client.onDidChangeState((e) => {
    log.info(`language server ${State[e.oldState]} -> ${State[e.newState]}`);
    void vscode.commands.executeCommand('setContext', 'postmortem.serverRunning', e.newState === State.Running);
  }));
  return client;
}

export type { LanguageClient };
