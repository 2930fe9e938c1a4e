/**
 * The documents each build's language server handles. The language client's document selector
 * and the providers that ask the server about a document (the timeline paste) take the same list,
 * so a feature is offered exactly where the server has the document. No language client import
 * here: the entry modules load this during activation.
 */

/** Markdown documents, of one scheme or of any; a selector both VS Code and the language client accept. */
export type ServerDocuments = ReadonlyArray<{ language: 'markdown'; scheme?: string }>;

/** On the desktop, files and unsaved drafts only: the Node server reads config files and the workspace from disk. */
export const DESKTOP_DOCUMENTS: ServerDocuments = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

/**
 * In the browser, every scheme: the files are virtual (vscode-vfs on github.dev, vscode-remote in
 * code-server), and the server reads the text the editor sends it and asks the client for the rest.
 */
export const BROWSER_DOCUMENTS: ServerDocuments = [{ language: 'markdown' }];
