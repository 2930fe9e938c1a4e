/** The extension's entry in VS Code on the desktop (package.json `main`): the server runs in Node. */
import { loadStart } from './loadStart';
import type * as vscode from 'vscode';
import { activateExtension, deactivateExtension } from './activation';
import type { PostmortemApi } from './api';

const loadEnd = performance.now();

export function activate(context: vscode.ExtensionContext): PostmortemApi {
  // A dynamic import, so the language client library loads after activation returns.
  return activateExtension(context, async (ctx, log) => (await import('./languageClient')).createLanguageClient(ctx, log), { loadStart, loadEnd });
}

export const deactivate = deactivateExtension;
