import * as vscode from 'vscode';

/** The active Markdown editor, or undefined after telling the user why nothing happens. */
export function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void vscode.window.showInformationMessage('Open a Markdown postmortem in the editor first.');
  return undefined;
}

/**
 * Runs an edit the server makes, then puts the cursor at the end of the first line it inserted,
 * so the writer can go on typing there.
 */
export async function runAndRevealInsertion<T>(editor: vscode.TextEditor, edit: () => Promise<T>): Promise<T> {
  const document = editor.document;
  const version = document.version;
  const changes: vscode.TextDocumentContentChangeEvent[] = [];
  const listener = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document === document) changes.push(...e.contentChanges);
  });
  let result: T;
  try {
    result = await edit();
  } finally {
    listener.dispose();
  }
  if (document.version === version) return result;
  const first = changes.filter((c) => c.text.trim()).sort((a, b) => a.range.start.compareTo(b.range.start))[0];
  if (first) {
    const lines = first.text.split('\n');
    const index = lines.findIndex((l) => l.trim());
    const line = first.range.start.line + index;
    const character = (index === 0 ? first.range.start.character : 0) + lines[index].replace(/\r$/, '').length;
    const position = document.validatePosition(new vscode.Position(line, character));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return result;
}
