import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, text } from './helpers';

async function untitledMarkdown(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown' });
  return vscode.window.showTextDocument(document);
}

/** Inserts a contributed snippet by name, as the "Insert Snippet" command does. */
async function insertSnippet(editor: vscode.TextEditor, name: string): Promise<string> {
  const inserted = text(editor.document, (t) => t.length > 0, `snippet "${name}" to expand`);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
  return inserted;
}

suite('Snippets', () => {
  suiteSetup(() => activeApi());

  teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  test('pm-detected comes from the language server: an entry stamped now, with its date, in UTC where the postmortem names no zone', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Postmortem: Search outage\n\n## Timeline\n\npm-det' });
    const editor = await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(4, 6));
    const stamps = list.items.filter((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'pm-detected');
    assert.equal(stamps.length, 1, 'the server\'s stamp only: the snippet file has no copy that would write a local clock');
    const [stamp] = stamps;
    const range = stamp.range instanceof vscode.Range ? stamp.range : stamp.range?.replacing;
    assert.ok(stamp.insertText instanceof vscode.SnippetString && range, 'a snippet that replaces what was typed');
    const inserted = text(document, (t) => !t.endsWith('pm-det'), 'the stamp to be inserted');
    await editor.insertSnippet(stamp.insertText, range);
    assert.match(await inserted, /\n- \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC - Detected by a monitoring alert on error rate\.$/);
    assert.equal(document.getText(editor.selection), 'Detected', 'the lifecycle word is the first tab stop');
  });

  test('an action item has an owner, a due date and a ticket to fill in', async () => {
    const editor = await untitledMarkdown();
    const expanded = await insertSnippet(editor, 'Action item');
    assert.match(expanded, /^- \[ \] Add an alert on connection pool saturation \(owner: @name, due \d{4}-\d{2}-\d{2}, ABC-123\)$/);
  });

  test('a whole preset starts on its title, then the severity', async () => {
    const editor = await untitledMarkdown();
    const expanded = await insertSnippet(editor, 'Postmortem: PagerDuty');
    assert.match(expanded, /^# Postmortem: Title of the incident\n/);
    assert.equal(editor.document.getText(editor.selection), 'Title of the incident');
  });

  test('a section snippet brings the template\'s scaffold', async () => {
    const editor = await untitledMarkdown();
    const expanded = await insertSnippet(editor, 'Section: Action Items (Google SRE)');
    assert.match(expanded, /^## Action Items\n\n\| Action Item \| Type \| Owner \| Bug \|/);
  });

  test('the snippets are offered as completions by their pm- prefix', async () => {
    const editor = await untitledMarkdown();
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'pm-new'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 6));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const prefix of ['pm-new-alx', 'pm-new-google-sre', 'pm-new-pagerduty', 'pm-new-atlassian']) {
      assert.ok(snippets.includes(prefix), `no ${prefix} among ${snippets.join(', ')}`);
    }
  });
});
