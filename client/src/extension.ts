/** The extension's entry in VS Code on the desktop (package.json `main`): the server runs in Node. */
import { loadStart } from './loadStart';
import type * as vscode from 'vscode';
import { activateExtension, deactivateExtension } from './activation';
import type { PostmortemApi } from './api';
import { DESKTOP_DOCUMENTS } from './serverDocuments';

const loadEnd = performance.now();

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  // A dynamic import, so the language client library loads after activation returns.
  return activateExtension(context, {
    documents: DESKTOP_DOCUMENTS,
    createClient: async (ctx, log, documents) => (await import('./languageClient')).createLanguageClient(ctx, log, documents),
  }, { loadStart, loadEnd });
}

export const deactivate = deactivateExtension;
