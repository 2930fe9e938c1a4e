import type * as vscode from 'vscode';
import type { PostmortemsView } from './postmortemsView';
import type { Rendered } from './webviews/rendered';

/** What activate() returns: other extensions and the VS Code test suite read it. */
export interface PostmortemApi {
  readonly timing: ActivationTiming;
  /** Resolves when the language server answers, rejects when it cannot start. */
  serverReady(): Promise<void>;
  /** Waits until the language status item shows the server's pushed status for the active editor, then says what it shows. */
  languageStatus(): Promise<{ text: string; detail?: string }>;
  /** The Postmortems view's data: its rows as the tree shows them. */
  readonly postmortems: PostmortemsView;
  /** Fires each time the timeline or the report webview says what it drew. */
  readonly onDidRenderWebview: vscode.Event<Rendered>;
}

/** Milliseconds from `performance.now()`, recorded by the extension itself. */
export interface ActivationTiming {
  /** Evaluating our modules plus running activate(): what activation costs (VS Code's own wait between them excluded). */
  activateMs: number;
  /** From the start of activate() until the language server answered `initialize`. */
  serverStartMs?: number;
}
