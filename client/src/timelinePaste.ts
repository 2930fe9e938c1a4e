/**
 * "Paste as timeline entries": a paste inside a postmortem's timeline can be written as entries
 * (VS Code's document paste API), alongside the plain paste, from the same server command as
 * "Postmortem: Paste as Timeline". Offered on the documents the language server handles, whatever
 * their scheme (in the browser: vscode-vfs on github.dev, vscode-remote in code-server).
 */
import * as vscode from 'vscode';
import type { ServerCommands } from './serverCommands';
import type { ServerDocuments } from './serverDocuments';

export const TIMELINE_PASTE_KIND = vscode.DocumentDropOrPasteEditKind.Text.append('postmortem', 'timeline');

export function registerTimelinePaste(server: ServerCommands, documents: ServerDocuments): vscode.Disposable {
  return vscode.languages.registerDocumentPasteEditProvider(
    documents,
    timelinePasteProvider(server),
    { providedPasteEditKinds: [TIMELINE_PASTE_KIND], pasteMimeTypes: ['text/plain'] },
  );
}

export function timelinePasteProvider(server: Pick<ServerCommands, 'importTimeline'>): vscode.DocumentPasteEditProvider {
  return {
    async provideDocumentPasteEdits(document, ranges, dataTransfer, _context, token) {
      const text = await dataTransfer.get('text/plain')?.asString();
      if (!text || token.isCancellationRequested || ranges.length !== 1) return undefined;
      // No server (starting, or stopped) means no entries to offer; the plain paste still works.
      const outcome = await server.importTimeline(document, text, ranges[0].start.line).catch(() => undefined);
      if (!outcome) return undefined;
      if (!outcome.edit || outcome.version !== document.version || token.isCancellationRequested) return undefined;
      const { start, end } = outcome.edit.range;
      const inserts = lineInsertions(document, new vscode.Range(start.line, start.character, end.line, end.character), outcome.edit.newText);
      // The paste replaces the selection; an entry that would land inside it cannot be placed.
      if (!inserts || inserts.some((insert) => !ranges[0].isEmpty && ranges[0].contains(insert.range.start) && !insert.range.start.isEqual(ranges[0].start) && !insert.range.start.isEqual(ranges[0].end))) return undefined;
      const edit = new vscode.DocumentPasteEdit('', 'Paste as timeline entries', TIMELINE_PASTE_KIND);
      edit.additionalEdit = new vscode.WorkspaceEdit();
      edit.additionalEdit.set(document.uri, inserts);
      return [edit];
    },
  };
}

/**
 * The server's one replacement as the lines it inserts, each at its place in the text as it is
 * now: the paste's own edit lands at the cursor, and a replacement spanning the cursor would
 * overlap it. Undefined when the replacement is not only insertions.
 */
export function lineInsertions(document: vscode.TextDocument, range: vscode.Range, newText: string): vscode.TextEdit[] | undefined {
  const before = document.getText(range).split('\n');
  const after = newText.split('\n');
  const inserts: vscode.TextEdit[] = [];
  let matched = 0;
  let pending: string[] = [];
  for (const line of after) {
    if (matched < before.length && line === before[matched]) {
      if (pending.length) inserts.push(vscode.TextEdit.insert(new vscode.Position(range.start.line + matched, 0), pending.map((l) => `${l}\n`).join('')));
      pending = [];
      matched++;
    } else {
      pending.push(line);
    }
  }
  if (matched < before.length) return undefined;
  // Past the last line of a file that does not end with a line break: after its text.
  if (pending.length) inserts.push(vscode.TextEdit.insert(range.end, pending.map((l) => `\n${l}`).join('')));
  return inserts;
}
