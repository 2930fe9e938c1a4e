/** "Postmortem: Paste as Timeline": the clipboard's logs as timeline entries, written by the server. */
import * as vscode from 'vscode';
import type { ServerCommands, TimelineImportOutcome } from '../serverCommands';
import { activeMarkdownEditor } from './editor';

export async function pasteAsTimeline(server: ServerCommands): Promise<boolean> {
  const editor = activeMarkdownEditor();
  if (!editor) return false;
  const document = editor.document;
  const outcome = await server.importTimeline(document, await vscode.env.clipboard.readText());
  const edit = timelineEdit(document, outcome);
  if (!edit) {
    void vscode.window.showInformationMessage(`Postmortem: no timeline entries pasted: ${outcome.reason ?? 'nothing to add'}.`);
    return false;
  }
  // One workspace edit, so one undo takes every entry back out.
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) void vscode.window.setStatusBarMessage(`Postmortem: ${summary(outcome)}`, 5000);
  else void vscode.window.showWarningMessage('Postmortem: the timeline entries were not pasted (the document may have changed).');
  return applied;
}

/**
 * The server's edit as a workspace edit, or undefined when there is none or it was made for
 * another version of the document (the writer typed meanwhile: its positions would be off).
 */
export function timelineEdit(document: vscode.TextDocument, outcome: TimelineImportOutcome): vscode.WorkspaceEdit | undefined {
  if (!outcome.edit) return undefined;
  if (outcome.version !== document.version) {
    outcome.reason = 'the document changed while the entries were written';
    return undefined;
  }
  const { start, end } = outcome.edit.range;
  const edit = new vscode.WorkspaceEdit();
  // LSP positions are UTF-16 code units, as VS Code's are.
  edit.replace(document.uri, new vscode.Range(start.line, start.character, end.line, end.character), outcome.edit.newText);
  return edit;
}

export function summary(outcome: TimelineImportOutcome): string {
  const count = (n: number) => `${n} timeline ${n === 1 ? 'entry' : 'entries'}`;
  return `pasted ${count(outcome.added.length)} from ${outcome.label ?? 'the clipboard'}${outcome.skipped ? `, ${count(outcome.skipped)} already there` : ''}`;
}
