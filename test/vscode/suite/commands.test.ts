import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEVERITIES } from '../../../server/src/engine/presets';
import {
  SEED, accept, activeApi, answerPrompts, cancel, codeOf, diagnostics, enter, exampleWorkspace, extension, open, pick, type, undoUntil,
  withTimeout, workspaceFolder, writeFile,
} from './helpers';

const TIMELINE = `# Postmortem: Payments API errors

**Date:** 2024-03-11
**Severity:** SEV-2

## Issue Summary

**Duration:** 10:00 to 11:00 UTC

## Timeline

- 10:30 UTC - Escalated to the payments team.
- 10:05 UTC - Detected: error rate alert fired.
- 10:00 UTC - Deploy of payments-api 4.2 started.
- 11:00 UTC - Resolved by rolling back.

## Root Cause and Resolution

A bad deploy.

## Corrective and Preventative Measures

- [ ] Add a canary stage (owner: @sam, due 2024-04-01)
`;

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function utcClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

async function read(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('Commands', () => {
  suiteSetup(async () => {
    await activeApi();
    await exampleWorkspace();
  });

  test('every command is registered', async () => {
    const all = await vscode.commands.getCommands(true);
    const contributed = (extension().packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    for (const id of contributed) assert.ok(all.includes(id), `${id} is contributed but not registered`);
  });

  test('New Postmortem asks, then creates <folder>/<date>-<slug>.md with tab stops on the blanks', async () => {
    const prompts = answerPrompts([pick('Google SRE'), pick('SEV-1')], [type('Search cache: stampede ${again}'), accept]);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem');
    prompts.restore();
    assert.deepEqual(prompts.asked, ['pick: New Postmortem (1/4)', 'input: New Postmortem (2/4)', 'input: New Postmortem (3/4)', 'pick: New Postmortem (4/4)']);
    assert.ok(prompts.offered[0].length >= 4, 'one quick pick item per preset');

    const date = localToday();
    assert.ok(uri.path.endsWith(`/postmortems/${date}-search-cache-stampede-again.md`), uri.path);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    const written = editor.document.getText();
    // `$` and `}` in the title stay text: they are escaped for the snippet.
    assert.ok(written.startsWith('# Postmortem: Search cache: stampede ${again}\n'), written.slice(0, 80));
    assert.match(written, new RegExp(`\\*\\*Date:\\*\\* ${date}`));
    assert.match(written, /\*\*Severity:\*\* SEV-1/);
    assert.match(written, /## Summary\n\nService was unavailable for N minutes/);
    // The snippet session sits on the first blank, the summary's service.
    assert.equal(editor.document.getText(editor.selection), 'Service');
    assert.equal(await read(uri), written, 'the file is saved with the postmortem');

    await undoUntil(editor.document, '');
    await revertAndClose(editor.document);
  });

  test('New Postmortem offers the engine\'s severities with SEV-2 first, so Enter files a SEV-2, not a critical incident', async () => {
    const prompts = answerPrompts([pick('PagerDuty'), enter], [type('Cache warmup slow'), type('2024-05-09')]);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem');
    prompts.restore();
    const severities = prompts.offered[1];
    assert.deepEqual(severities.map((i) => i.label), ['SEV-2', ...SEVERITIES.map((s) => s.label).filter((l) => l !== 'SEV-2')]);
    assert.match(severities[0].description ?? '', /^default/);
    assert.match(await read(uri), /\*\*Severity:\*\* SEV-2 {2}\n/);
    await revertAndClose(vscode.window.activeTextEditor!.document);
  });

  test('New Postmortem never overwrites: a taken name gets -2', async () => {
    const taken = await writeFile('postmortems/2024-05-02-db-failover.md', 'KEEP ME\n');
    const prompts = answerPrompts([pick('ALX postmortem rubric'), pick('SEV-3')], [type('DB failover'), type('2024-05-02')]);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem');
    prompts.restore();
    assert.ok(uri.path.endsWith('/postmortems/2024-05-02-db-failover-2.md'), uri.path);
    assert.equal(await read(taken), 'KEEP ME\n');
    assert.match(await read(uri), /^# Postmortem: DB failover\n/);
    await revertAndClose(vscode.window.activeTextEditor!.document);
  });

  test('New Postmortem writes into the postmortem.folder setting, creating the folder', async () => {
    const config = vscode.workspace.getConfiguration('postmortem');
    await config.update('folder', 'incidents/2024', vscode.ConfigurationTarget.Workspace);
    try {
      const prompts = answerPrompts([pick('Atlassian'), pick('SEV-4')], [type('Queue backlog'), type('2024-06-30')]);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('postmortem.newPostmortem');
      prompts.restore();
      assert.ok(uri.path.endsWith('/incidents/2024/2024-06-30-queue-backlog.md'), uri.path);
      assert.match(await read(uri), /^# Postmortem: Queue backlog\n/);
      await revertAndClose(vscode.window.activeTextEditor!.document);
    } finally {
      await config.update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('New Postmortem does nothing when a prompt is dismissed', async () => {
    const before = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'postmortems'))).length;
    const prompts = answerPrompts([pick('PagerDuty')], [cancel]);
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('postmortem.newPostmortem');
    prompts.restore();
    assert.equal(uri, undefined);
    const after = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'postmortems'))).length;
    assert.equal(after, before);
  });

  test('Insert Section offers only the missing sections and inserts the picked one in template order', async () => {
    const uri = await writeFile('postmortems/2024-03-12-insert-section.md', TIMELINE.replace(/## Root Cause and Resolution\n\nA bad deploy.\n\n/, ''));
    const editor = await open(uri);
    const before = editor.document.getText();
    await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'PM001'), 'PM001 for the missing section');

    const prompts = answerPrompts([pick('Root Cause and Resolution')]);
    const key = await vscode.commands.executeCommand<string>('postmortem.editor.insertSection');
    prompts.restore();
    assert.equal(key, 'root-cause-and-resolution');
    const offered = prompts.offered[0].map((i) => i.label);
    assert.ok(!offered.includes('Timeline'), `present sections are not offered: ${offered.join(', ')}`);

    const after = editor.document.getText();
    const at = (s: string) => after.indexOf(s);
    assert.ok(at('Root Cause and Resolution') > at('## Timeline') && at('Root Cause and Resolution') < at('## Corrective'), after);
    assert.ok(editor.selection.active.line > 0, 'the cursor moves to the new section');

    await undoUntil(editor.document, before);
    await editor.document.save();
  });

  test('Insert Timeline Entry writes now, in UTC, at its place in the timeline', async () => {
    const uri = await writeFile('postmortems/2024-03-13-timeline-entry.md', TIMELINE);
    const editor = await open(uri);
    const before = editor.document.getText();
    await diagnostics(uri, () => true, 'the server to know the document');

    const from = Date.now();
    const prompts = answerPrompts([], [type('Customer support reports refunds failing')]);
    const changed = await vscode.commands.executeCommand<boolean>('postmortem.editor.insertTimelineEntry');
    prompts.restore();
    const to = Date.now();
    assert.equal(changed, true);

    const lines = editor.document.getText().split('\n');
    const index = lines.findIndex((l) => l.includes('Customer support reports refunds failing'));
    assert.ok(index > 0, 'the entry is in the document');
    const entry = lines[index];
    assert.ok([utcClock(from), utcClock(to)].some((clock) => entry.includes(clock)), `"${entry}" is not now in UTC (${utcClock(from)})`);
    // Now is after every entry, so it goes last in the timeline, before the next section.
    assert.ok(lines[index - 1].includes('11:00 UTC - Resolved'), lines.slice(index - 2, index + 2).join('\n'));
    assert.equal(editor.selection.active.line, index, 'the cursor is on the new entry');

    await undoUntil(editor.document, before);
    await editor.document.save();
  });

  test('Sort Timeline puts the entries in order as one undoable edit', async () => {
    const uri = await writeFile('postmortems/2024-03-14-sort-timeline.md', TIMELINE);
    const editor = await open(uri);
    const before = editor.document.getText();
    await diagnostics(uri, () => true, 'the server to know the document');

    assert.equal(await vscode.commands.executeCommand<boolean>('postmortem.editor.sortTimeline'), true);
    const times = editor.document.getText().split('\n').filter((l) => /^- \d\d:\d\d UTC/.test(l)).map((l) => l.slice(2, 7));
    assert.deepEqual(times, ['10:00', '10:05', '10:30', '11:00']);

    await undoUntil(editor.document, before);
    await editor.document.save();
  });

  test('Insert Timeline Diagram writes the mermaid block after the seed\'s timeline as one undoable edit; a later timeline edit gets a hint', async () => {
    const seed = vscode.Uri.joinPath(workspaceFolder(), SEED);
    const editor = await open(seed);
    const before = editor.document.getText();
    await diagnostics(seed, (d) => d.length > 0, 'the server to know the seed');

    assert.equal(await vscode.commands.executeCommand<boolean>('postmortem.editor.insertTimelineDiagram'), true);
    const lines = editor.document.getText().split('\n');
    const fence = lines.indexOf('```mermaid');
    assert.ok(fence > lines.indexOf('**Escalation:**') && fence < lines.indexOf('Root Cause and Resolution:'), 'after the timeline, before the next section');
    assert.equal(lines[fence + 1], 'gantt');

    const edit = new vscode.WorkspaceEdit();
    const at = editor.document.getText().indexOf('10:45 AM UTC');
    edit.replace(seed, new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 5)), '10:50');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const hints = await diagnostics(seed, (d) => d.some((x) => codeOf(x) === 'PM019'), 'the out-of-date hint');
    const hint = hints.find((x) => codeOf(x) === 'PM019')!;
    assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(hint.range.start.line, fence);

    await undoUntil(editor.document, editor.document.getText().replace('10:50 AM UTC', '10:45 AM UTC'));
    await undoUntil(editor.document, before);
    await editor.document.save();
  });

  test('Restart Language Server brings back a working server', async () => {
    const seed = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, SEED);
    await open(seed);
    await vscode.commands.executeCommand('postmortem.restartServer');
    await extension().exports.serverReady();
    const status = await extension().exports.languageStatus();
    assert.match(status.text, /ALX/, 'the restarted server answers documentInfo');
    await diagnostics(seed, (d) => d.length > 0, 'diagnostics from the restarted server');
  });

  test('Show Log opens the Postmortem output channel', async () => {
    const shown = new Promise<vscode.TextDocument>((resolve) => {
      const already = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && /Postmortem/.test(d.uri.path));
      if (already) resolve(already);
      const listener = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.scheme === 'output' && /Postmortem/.test(d.uri.path)) { listener.dispose(); resolve(d); }
      });
    });
    await vscode.commands.executeCommand('postmortem.showLog');
    const log = await withTimeout(shown, 5000, 'the Postmortem output channel to show');
    assert.equal(log.uri.scheme, 'output');
  });

  test('editing commands need a Markdown editor and say so', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('postmortem.editor.sortTimeline'), false);
  });
});
