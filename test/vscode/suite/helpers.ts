/**
 * What the VS Code suite shares: the extension under test, a workspace with the example
 * postmortems, waiting on events with a deadline (never sleeping), and answering the quick picks
 * and input boxes that commands open.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/api';

export const EXTENSION_ID = 'postmortem-tools.vscode-postmortem';

export function extension(): vscode.Extension<PostmortemApi> {
  const ext = vscode.extensions.getExtension<PostmortemApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded: is extensionDevelopmentPath the repository?`);
  return ext;
}

/** Activates (if need be) and waits for the language server. */
export async function activeApi(): Promise<PostmortemApi> {
  const api = await extension().activate();
  await withTimeout(api.serverReady(), 30_000, 'the language server to start');
  return api;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder open');
  return folder.uri;
}

export const SEED = 'postmortems/2024-03-11-auth-outage.md';

/** Copies examples/postmortems into the workspace once, so tests never change the repository's copy. */
export async function exampleWorkspace(): Promise<vscode.Uri> {
  const target = vscode.Uri.joinPath(workspaceFolder(), 'postmortems');
  const source = vscode.Uri.joinPath(extension().extensionUri, 'examples', 'postmortems');
  for (const [name] of await vscode.workspace.fs.readDirectory(source)) {
    const to = vscode.Uri.joinPath(target, name);
    if (!(await exists(to))) await vscode.workspace.fs.copy(vscode.Uri.joinPath(source, name), to);
  }
  return workspaceFolder();
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

export async function writeFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), relative);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Reports a number to the launcher, which prints it after the results (see suite/index.js). */
export function measure(text: string): void {
  console.log(`measure: ${text}`);
  (globalThis as { postmortemMeasurement?: (text: string) => void }).postmortemMeasurement?.(text);
}

export function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); },
    );
  });
}

/**
 * Resolves with `read()` once `done` holds, checking now and after each `event`: the state may
 * already be there, or arrive with the next event.
 */
export function until<T, E>(event: vscode.Event<E>, read: () => T, done: (value: T) => boolean, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      listener.dispose();
      if (error) reject(error);
      else resolve(read());
    };
    const listener = event(() => {
      try {
        if (done(read())) finish();
      } catch (error) {
        finish(error as Error);
      }
    });
    const timer = setTimeout(() => finish(new Error(`timed out after ${ms} ms waiting for ${what}; last: ${JSON.stringify(read())?.slice(0, 400)}`)), ms);
    if (done(read())) finish();
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem');
}

/** The server's diagnostics for `uri` once `done` holds for them. */
export function diagnostics(uri: vscode.Uri, done: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 20_000): Promise<vscode.Diagnostic[]> {
  return until(vscode.languages.onDidChangeDiagnostics, () => ours(uri), done, ms, what);
}

/** The document's text once `done` holds for it. */
export function text(document: vscode.TextDocument, done: (text: string) => boolean, what: string, ms = 10_000): Promise<string> {
  return until(vscode.workspace.onDidChangeTextDocument, () => document.getText(), done, ms, what);
}

/** Undoes in the active editor and waits until the document reads `expected` again. */
export async function undoUntil(document: vscode.TextDocument, expected: string): Promise<void> {
  assert.equal(vscode.window.activeTextEditor?.document, document, 'undo acts on the active editor');
  const restored = text(document, (t) => t === expected, 'undo to restore the text');
  await vscode.commands.executeCommand('undo');
  await restored;
}

type PickAnswer = (items: readonly vscode.QuickPickItem[], options?: vscode.QuickPickOptions) => vscode.QuickPickItem | undefined;
type InputAnswer = (options?: vscode.InputBoxOptions) => string | undefined;

/** Answers by label: the item whose label is `label`. */
export const pick = (label: string): PickAnswer => (items) => {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no "${label}" among ${items.map((i) => i.label).join(', ')}`);
  return item;
};
/** Presses Enter on what the quick pick offers first. */
export const enter: PickAnswer = (items) => items[0];
/** Types `value`, checked by the box's own validation first. */
export const type = (value: string): InputAnswer => (options) => {
  const verdict = options?.validateInput?.(value);
  assert.ok(!verdict, `the input box refused "${value}": ${JSON.stringify(verdict)}`);
  return value;
};
/** Accepts what the box offers (its `value`). */
export const accept: InputAnswer = (options) => options?.value ?? '';
/** Presses Escape. */
export const cancel = (): undefined => undefined;

export interface Prompts {
  /** What was asked, in order: titles or prompts. */
  readonly asked: string[];
  /** The items each quick pick offered. */
  readonly offered: vscode.QuickPickItem[][];
  restore(): void;
}

/**
 * Answers the next quick picks and input boxes in order, in place of a person; any prompt
 * beyond the script fails the test. `restore()` puts the real ones back.
 */
export function answerPrompts(picks: PickAnswer[], inputs: InputAnswer[] = []): Prompts {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = { showQuickPick: window.showQuickPick, showInputBox: window.showInputBox };
  const asked: string[] = [];
  const offered: vscode.QuickPickItem[][] = [];
  window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
    const resolved = await items;
    asked.push(`pick: ${options?.title ?? options?.placeHolder ?? ''}`);
    offered.push([...resolved]);
    const answer = picks.shift();
    assert.ok(answer, `unexpected quick pick "${options?.title ?? options?.placeHolder}"`);
    return answer(resolved, options);
  };
  window.showInputBox = async (options?: vscode.InputBoxOptions) => {
    asked.push(`input: ${options?.title ?? options?.prompt ?? ''}`);
    const answer = inputs.shift();
    assert.ok(answer, `unexpected input box "${options?.title ?? options?.prompt}"`);
    return answer(options);
  };
  return {
    asked,
    offered,
    restore() {
      Object.assign(window, original);
      assert.equal(picks.length + inputs.length, 0, `prompts never asked: ${picks.length} quick pick(s), ${inputs.length} input box(es)`);
    },
  };
}
