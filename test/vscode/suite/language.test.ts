import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEVERITIES } from '../../../server/src/engine/presets';
import { SEED, activeApi, codeOf, diagnostics, exampleWorkspace, open, ours, undoUntil, until, writeFile } from './helpers';

/** A Google SRE postmortem without its required "Action Items" section. */
const WITHOUT_ACTION_ITEMS = `# Postmortem: Search cache stampede

**Date:** 2024-04-02
**Severity:** SEV-2

## Summary

Search was unavailable for 66 minutes because the cache expired all at once.

## Impact

40% of search requests failed for 66 minutes.

## Root Causes

Every cache entry had the same time to live.

## Resolution

Warmed the cache from a snapshot.

## Detection

The error rate alert fired at 10:04 UTC.

## Lessons Learned

### What went well
- The alert fired within minutes.

## Timeline

2024-04-02 (all times UTC)

| Time | Event |
| --- | --- |
| 10:00 | **OUTAGE BEGINS** cache entries expire |
| 10:04 | Alert on error rate fired |
| 11:06 | **OUTAGE ENDS** cache warmed |
`;

function labels(items: vscode.CompletionItem[]): string[] {
  return items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

function flatten(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...flatten(s.children ?? [])]);
}

suite('Language features on the seed', () => {
  let seed: vscode.Uri;

  suiteSetup(async () => {
    await activeApi();
    seed = vscode.Uri.joinPath(await exampleWorkspace(), SEED);
    await open(seed);
  });

  test('reports the seed\'s findings as diagnostics where they are', async () => {
    const found = await diagnostics(seed, (d) => d.some((x) => codeOf(x) === 'PM021'), 'PM021 on the seed');
    // Line 45 of the seed: "Update documentation for configuring database connection pools..."
    const owner = found.filter((d) => codeOf(d) === 'PM021').map((d) => d.range.start.line);
    assert.ok(owner.includes(44), `PM021 on lines ${owner.join(', ')}`);
    assert.ok(found.every((d) => d.source === 'postmortem'));
  });

  test('outlines the sections, bold labels and colon lines included', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seed);
    const names = flatten(symbols ?? []);
    for (const name of ['Timeline', 'Detection', 'Escalation', 'Root Cause and Resolution', 'Corrective and Preventative Measures']) {
      assert.ok(names.some((n) => n.startsWith(name)), `no "${name}" in the outline: ${names.join(' | ')}`);
    }
  });

  test('shows the metrics above the title, and clicking one shows the line it was read from', async () => {
    const document = await vscode.workspace.openTextDocument(seed);
    const detectedLine = document.getText().split('\n').findIndex((l) => l.startsWith('Detected at 10:15 AM UTC'));
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', seed)) ?? [];
    const detect = lenses.find((l) => l.command?.title === 'Time to detect 15m');
    assert.ok(detect?.command?.command, `no clickable "Time to detect 15m" lens: ${lenses.map((l) => l.command?.title).join(' | ')}`);
    await open(seed);
    await vscode.commands.executeCommand(detect.command.command, ...(detect.command.arguments ?? []));
    const line = () => vscode.window.activeTextEditor?.selection.active.line;
    await until(vscode.window.onDidChangeTextEditorSelection, line, (l) => l === detectedLine, 10_000, `the cursor on line ${detectedLine + 1}`);
  });

  test('explains a time on hover: its instant in UTC', async () => {
    const document = await vscode.workspace.openTextDocument(seed);
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('Detected at 10:15 AM UTC'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed, new vscode.Position(line, 14));
    const textOf = (c: vscode.MarkdownString | vscode.MarkedString) => (typeof c === 'string' ? c : c.value);
    const shown = (hovers ?? []).flatMap((h) => h.contents.map(textOf)).join('\n');
    assert.match(shown, /10:15 AM UTC/);
    assert.match(shown, /2024-03-11T10:15/);
  });

  test('completes the engine\'s severities, all of them in order, after a Severity label', async () => {
    const uri = await writeFile('postmortems/2024-04-01-completions.md', '# Postmortem: Login errors\n\n**Severity:** \n');
    await open(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 14));
    const found = labels(list.items);
    const severities = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).filter((l) => /^SEV-/.test(l));
    assert.deepEqual(severities, SEVERITIES.map((s) => s.label), `offered: ${found.slice(0, 20).join(', ')}`);
  });

  test('fixes a missing section with its quick fix, and undo brings the finding back', async () => {
    const uri = await writeFile('postmortems/2024-04-02-search-cache.md', WITHOUT_ACTION_ITEMS);
    const editor = await open(uri);
    const before = editor.document.getText();
    const missing = await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'PM001' && x.message.includes('Action Items')), 'PM001 for Action Items');
    const finding = missing.find((x) => codeOf(x) === 'PM001')!;

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.title.includes('Action Items'));
    assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));

    await diagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'PM001'), 'PM001 to go after the fix');
    const text = editor.document.getText();
    assert.ok(text.indexOf('## Action Items') > text.indexOf('## Detection') && text.indexOf('## Action Items') < text.indexOf('## Lessons Learned'),
      'the section goes where the template orders it');

    await undoUntil(editor.document, before);
    await diagnostics(uri, (d) => d.some((x) => codeOf(x) === 'PM001'), 'PM001 back after undo');
    assert.ok(ours(uri).length > 0);
    await editor.document.save();
  });
});
