import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TimelineImportOutcome } from '../../../server/src/protocol/customMessages';
import { timelinePasteProvider } from '../../../client/src/timelinePaste';
import { SEED, activeApi, diagnostics, exampleWorkspace, open, undoUntil, workspaceFolder } from './helpers';

/** Slack messages as the app copies them: a name and a time, the message under it. */
const SLACK = ['Dana Reyes  10:20 AM', 'looking at the auth database connections', 'Sam Okafor  11:05 AM', 'connection pool is at its limit', ''].join('\n');

suite('Paste as Timeline', () => {
  suiteSetup(async () => {
    await activeApi();
    await exampleWorkspace();
  });

  test('pastes Slack messages from the clipboard into the seed\'s timeline, in time order, as one undoable edit', async () => {
    const editor = await open(vscode.Uri.joinPath(workspaceFolder(), SEED));
    const before = editor.document.getText();
    await diagnostics(editor.document.uri, () => true, 'the server to know the document');
    await vscode.env.clipboard.writeText(SLACK);

    assert.equal(await vscode.commands.executeCommand<boolean>('postmortem.editor.pasteAsTimeline'), true);
    const lines = editor.document.getText().split('\n');
    const dana = lines.indexOf('- 10:20 AM UTC - Dana Reyes: looking at the auth database connections');
    const sam = lines.indexOf('- 11:05 AM UTC - Sam Okafor: connection pool is at its limit');
    const detected = lines.findIndex((l) => l.startsWith('Detected at 10:15 AM UTC'));
    const escalated = lines.findIndex((l) => l.includes('at 10:45 AM UTC'));
    const senior = lines.findIndex((l) => l.includes('at 11:30 AM UTC'));
    assert.ok(detected < dana && dana < escalated && escalated < sam && sam < senior, lines.slice(14, 32).join('\n'));

    await undoUntil(editor.document, before);
    await editor.document.save();
  });

  /**
   * The provider itself, called as VS Code calls it: a paste in the web workbench goes through the
   * browser's paste event, which an extension's script cannot raise (test/e2e/browserHost.js
   * pastes with Ctrl+V in Chromium, in the web worker host). It asks the real server, through the
   * command the language client registers for it.
   */
  test('a paste inside the timeline offers "Paste as timeline entries", which writes them in order; outside it, nothing', async () => {
    const editor = await open(vscode.Uri.joinPath(workspaceFolder(), SEED));
    const document = editor.document;
    const before = document.getText();
    await diagnostics(document.uri, () => true, 'the server to know the document');
    const server = {
      importTimeline: async (doc: vscode.TextDocument, pasted: string, line?: number) =>
        (await vscode.commands.executeCommand<TimelineImportOutcome>('postmortem.importTimeline', { uri: doc.uri.toString(), text: pasted, line }))!,
    };
    const provider = timelinePasteProvider(server);
    const paste = (line: number) => {
      const transfer = new vscode.DataTransfer();
      transfer.set('text/plain', new vscode.DataTransferItem(SLACK));
      const at = new vscode.Position(line, 0);
      const context = { only: undefined, triggerKind: vscode.DocumentPasteTriggerKind.Automatic };
      return provider.provideDocumentPasteEdits!(document, [new vscode.Range(at, at)], transfer, context, new vscode.CancellationTokenSource().token);
    };

    assert.equal(await paste(0), undefined, 'not offered on the title line');
    const detected = before.split('\n').findIndex((l) => l.startsWith('Detected at 10:15 AM UTC'));
    const edits = await paste(detected + 1);
    assert.equal(edits?.length, 1);
    const [edit] = edits!;
    assert.equal(edit.title, 'Paste as timeline entries');
    assert.equal(edit.kind?.value, 'text.postmortem.timeline');
    assert.equal(edit.insertText, '', 'the pasted text itself is not inserted');
    assert.ok(await vscode.workspace.applyEdit(edit.additionalEdit!));
    const lines = document.getText().split('\n');
    const dana = lines.indexOf('- 10:20 AM UTC - Dana Reyes: looking at the auth database connections');
    const sam = lines.indexOf('- 11:05 AM UTC - Sam Okafor: connection pool is at its limit');
    const escalated = lines.findIndex((l) => l.includes('at 10:45 AM UTC'));
    assert.ok(detected < dana && dana < escalated && escalated < sam, lines.slice(14, 32).join('\n'));

    await undoUntil(document, before);
    await document.save();
  });

  test('text in no log format pastes nothing', async () => {
    const editor = await open(vscode.Uri.joinPath(workspaceFolder(), SEED));
    const before = editor.document.getText();
    await vscode.env.clipboard.writeText('We should add a canary stage before the next deploy.');
    assert.equal(await vscode.commands.executeCommand<boolean>('postmortem.editor.pasteAsTimeline'), false);
    assert.equal(editor.document.getText(), before);
  });
});
