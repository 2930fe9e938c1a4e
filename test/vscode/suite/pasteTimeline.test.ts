import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
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

  test('text in no log format pastes nothing', async () => {
    const editor = await open(vscode.Uri.joinPath(workspaceFolder(), SEED));
    const before = editor.document.getText();
    await vscode.env.clipboard.writeText('We should add a canary stage before the next deploy.');
    assert.equal(await vscode.commands.executeCommand<boolean>('postmortem.editor.pasteAsTimeline'), false);
    assert.equal(editor.document.getText(), before);
  });
});
