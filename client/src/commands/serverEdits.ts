/** The commands whose logic lives in the language server: the client asks, the server edits. */
import * as vscode from 'vscode';
import type { ServerCommands } from '../serverCommands';
import { activeMarkdownEditor, runAndRevealInsertion } from './editor';

/** "Postmortem: Insert Section...": the sections still missing, each inserted at its place. */
export async function insertSection(server: ServerCommands): Promise<string | undefined> {
  const editor = activeMarkdownEditor();
  if (!editor) return undefined;
  const missing = await server.listMissingSections(editor.document);
  if (missing.length === 0) {
    void vscode.window.showInformationMessage('This postmortem has every section its template asks for.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    missing.map((section) => ({ label: section.title, detail: section.description, key: section.key })),
    { title: 'Insert Section', placeHolder: 'Sections the template expects that are missing here', matchOnDetail: true },
  );
  if (!picked) return undefined;
  const done = await runAndRevealInsertion(editor, () => server.insertSection(editor.document, picked.key));
  if (!done.applied) void vscode.window.showWarningMessage(`Postmortem: ${picked.label} was not inserted: ${done.reason}.`);
  return done.applied ? picked.key : undefined;
}

/** "Postmortem: Insert Timeline Entry": now, written by the server in the document's zone, in order. */
export async function insertTimelineEntry(server: ServerCommands): Promise<boolean> {
  const editor = activeMarkdownEditor();
  if (!editor) return false;
  const text = await vscode.window.showInputBox({
    title: 'Insert Timeline Entry',
    prompt: 'What happened just now? It is stamped with the current time, in UTC or the zone the document declares.',
    placeHolder: 'Detected: error rate above 5% on login',
  });
  if (text === undefined) return false;
  // Taken after the input box closes: the entry is about when the writer pressed Enter.
  const now = new Date().toISOString();
  const done = await runAndRevealInsertion(editor, () => server.insertTimelineEntry(editor.document, now, text.trim() || undefined));
  if (!done.applied) void vscode.window.showWarningMessage(`Postmortem: no timeline entry inserted: ${done.reason}.`);
  return done.applied;
}

/** "Postmortem: Sort Timeline": entries in chronological order, as one undoable edit. */
export async function sortTimeline(server: ServerCommands): Promise<boolean> {
  const editor = activeMarkdownEditor();
  if (!editor) return false;
  const done = await server.sortTimeline(editor.document);
  if (!done.applied) void vscode.window.showInformationMessage(`Postmortem: ${done.reason ?? 'nothing to sort'}.`);
  return done.applied;
}

/** "Postmortem: Insert Timeline Diagram": the mermaid block after the timeline, as one undoable edit. */
export async function insertTimelineDiagram(server: ServerCommands): Promise<boolean> {
  const editor = activeMarkdownEditor();
  if (!editor) return false;
  const done = await runAndRevealInsertion(editor, () => server.insertTimelineDiagram(editor.document));
  if (!done.applied) void vscode.window.showInformationMessage(`Postmortem: ${done.reason ?? 'no diagram written'}.`);
  return done.applied;
}
