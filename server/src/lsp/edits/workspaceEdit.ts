import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';

/**
 * Edits to one document as one WorkspaceEdit. With `documentChanges` the edit names the version it
 * was computed for, so a client refuses it if the user has typed since instead of corrupting text.
 */
export function documentEdit(uri: string, version: number, edits: readonly TextEdit[], versioned: boolean): WorkspaceEdit {
  return versioned
    ? { documentChanges: [{ textDocument: { uri, version }, edits: [...edits] }] }
    : { changes: { [uri]: [...edits] } };
}
