/**
 * What the Node and the browser language clients share: the options, the document-status
 * capability and the context key that follows the server's state. `vscode-languageclient` (the
 * package's root) is its Node build in Node and, by the package's `browser` field, its browser
 * build in the browser bundle.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions, type StaticFeature } from 'vscode-languageclient';
import { DOCUMENT_STATUS_CAPABILITY, WORKSPACE_CHANGED_CAPABILITY } from '../../server/src/protocol/customMessages';
import type { ServerDocuments } from './serverDocuments';

/** Asks the server to push `postmortem/documentStatus` and `postmortem/workspaceChanged`, which other editors do not want. */
const documentStatusFeature: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), [DOCUMENT_STATUS_CAPABILITY]: true, [WORKSPACE_CHANGED_CAPABILITY]: true };
  },
  initialize() {},
  getState: () => ({ kind: 'static' }),
  clear() {},
};

export function clientOptions(documents: ServerDocuments, log: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [...documents],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json') },
    outputChannel: log,
    traceOutputChannel: log,
  };
}

/** What every client gets once created: the document-status feature, and the `postmortem.serverRunning` context key. */
export function setUpClient(client: BaseLanguageClient, context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  client.registerFeature(documentStatusFeature);
  context.subscriptions.push(client.onDidChangeState((e) => {
    log.info(`language server ${State[e.oldState]} -> ${State[e.newState]}`);
    void vscode.commands.executeCommand('setContext', 'postmortem.serverRunning', e.newState === State.Running);
  }));
}
