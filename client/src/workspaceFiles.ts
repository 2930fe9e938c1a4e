/**
 * Answers the server's file requests (server/src/protocol) with vscode.workspace.fs, for the
 * browser's language server, which has no disk: so workspace symbols, owner completions and
 * `.postmortemrc.json` files come from the repository on github.dev's virtual file system too.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindMarkdownFilesRequest, ReadFileRequest, StatFileRequest, type Request } from '../../server/src/protocol/customMessages';

// The web extension host has TextDecoder; the project compiles without the DOM library.
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

type Handler<P, R> = (params: P) => Promise<R>;

function serve<P, R>(client: BaseLanguageClient, request: Request<P, R>, handler: Handler<P, R>): void {
  client.onRequest(request.method, handler);
}

export function serveWorkspaceFiles(client: BaseLanguageClient): void {
  serve(client, FindMarkdownFilesRequest, async ({ folder, maxFiles }) => {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), '**/*.md'), '**/node_modules/**', maxFiles);
    return found.map((uri) => uri.toString());
  });
  serve(client, StatFileRequest, async ({ uri }) => {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return { mtimeMs: stat.mtime, size: stat.size, directory: (stat.type & vscode.FileType.Directory) !== 0 };
  });
  serve(client, ReadFileRequest, async ({ uri, maxBytes }) => {
    const target = vscode.Uri.parse(uri);
    if ((await vscode.workspace.fs.stat(target)).size > maxBytes) return { problem: 'is too large' };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(target)) };
    } catch {
      return { problem: 'is not UTF-8 text' };
    }
  });
}
