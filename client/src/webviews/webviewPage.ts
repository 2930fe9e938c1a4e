import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import type { RenderedEvents } from './rendered';

/** What a webview panel needs: the server it asks, where the extension's files are, where it reports. */
export interface PanelDeps {
  server: ServerConnection;
  extensionUri: vscode.Uri;
  rendered: RenderedEvents;
  log: vscode.LogOutputChannel;
}

/** Where a webview's script and styles come from: the extension's own files, and nothing else. */
export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media', 'webview')];
}

/**
 * A webview's page: a strict content security policy (nothing by default; styles only from the
 * extension; the one script by a fresh nonce), so no network, no inline code and no remote
 * script can run in it, whatever text a postmortem holds. The script draws into `#root`.
 */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: { title: string; script: string; style: string }): string {
  const nonce = freshNonce();
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const policy = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', 'webview', 'base.css')}">
<link rel="stylesheet" href="${asset('media', 'webview', page.style)}">
<title>${page.title.replace(/[<>&"]/g, '')}</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script nonce="${nonce}" src="${asset('dist', page.script)}"></script>
</body>
</html>`;
}

/** 128 random bits, new for every page, so a script that is not ours cannot guess it. */
function freshNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
