/**
 * The extension's entry in VS Code in the browser (package.json `browser`: vscode.dev, github.dev,
 * code-server's web worker host): the server runs in a web worker.
 */
import { loadStart } from './loadStart';
import type * as vscode from 'vscode';
import { activateExtension, deactivateExtension } from './activation';
import type { PostmortemApi } from './api';
import { BROWSER_DOCUMENTS } from './serverDocuments';

const loadEnd = performance.now();

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  return activateExtension(context, {
    documents: BROWSER_DOCUMENTS,
    createClient: async (ctx, log, documents) => (await import('./browserLanguageClient')).createBrowserLanguageClient(ctx, log, documents),
  }, { loadStart, loadEnd });
}

export const deactivate = deactivateExtension;
