import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  CompletionList,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  MarkupContent,
  SemanticTokens,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { lint } from '../../../server/src/engine';
import { TestClient, rangeOf, seedText } from './lspClient';
import { WorkspaceRollupRequest, type RollupPostmortem } from '../../../server/src/protocol/customMessages';

/** The seed without its timeline (lines 13 to 28), so PM001 has something to report and fix. */
function seedWithoutTimeline(): string {
  const lines = seedText().split('\n');
  return [...lines.slice(0, 13), ...lines.slice(29)].join('\n');
}

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return Array.isArray(result) ? result : result?.items ?? [];
}

function hoverText(hover: Hover | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('the language server, over stdio, with a client that pulls diagnostics', () => {
  let client: TestClient;
  const seed = seedText();
  let seedUri: string;

  before(async () => {
    client = await TestClient.start({
      files: { 'postmortems/older.md': '# Postmortem: Cache stampede\n\n## Action Items\n\n- [ ] Add jitter to cache expiry (owner: @carol)\n' },
    });
    seedUri = client.uri('postmortems/seed.md');
    await client.open(seedUri, seed);
  });

  after(() => client.stop());

  test('initialize answers with the features the issue lists', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.equal(client.initializeResult.serverInfo?.name, 'postmortem-language-server');
    assert.ok(capabilities.diagnosticProvider, 'pull diagnostics');
    for (const feature of ['completionProvider', 'hoverProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'codeActionProvider', 'codeLensProvider', 'inlayHintProvider', 'foldingRangeProvider', 'semanticTokensProvider'] as const) {
      assert.ok(capabilities[feature], feature);
    }
    assert.deepEqual(capabilities.executeCommandProvider?.commands.sort(), [
      'postmortem.documentInfo',
      'postmortem.importTimeline',
      'postmortem.insertSection',
      'postmortem.insertTimelineDiagram',
      'postmortem.insertTimelineEntry',
      'postmortem.listMissingSections',
      'postmortem.showMetricSource',
      'postmortem.sortTimeline',
    ]);
  });

  test('the seed gets exactly the findings the engine reports, each with its rule page and source', async () => {
    const diagnostics = await client.pull(seedUri);
    const expected = lint(seed).diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line}:${d.code}`),
      expected.map((d) => `${d.range.start.line}:${d.code}`),
    );
    for (const d of diagnostics) {
      assert.equal(d.source, 'postmortem');
      assert.match(d.codeDescription?.href ?? '', /docs\/rules\/PM\d{3}\.md$/);
    }
  });

  test('a missing section is reported with its rule id, link and fix data', async () => {
    const uri = client.uri('postmortems/missing-timeline.md');
    await client.open(uri, seedWithoutTimeline());
    const diagnostics = await client.pull(uri);
    const missing = diagnostics.find((d) => d.code === 'PM001');
    assert.ok(missing, JSON.stringify(diagnostics));
    assert.match(missing.message, /Timeline/);
    assert.equal(missing.codeDescription?.href, 'https://github.com/postmortem-tools/vscode-postmortem/blob/main/docs/rules/PM001.md');
    assert.equal(missing.severity, 2, 'a warning: the template was chosen by fit, not named');
    const data = missing.data as { fixable: boolean; version: number; fix?: unknown };
    assert.equal(data.version, 1);
    assert.equal(data.fixable, true);
    assert.equal(data.fix, undefined, 'no edits ride along with the diagnostic');
    const actions = await client.request<Array<{ title: string; edit?: unknown }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    });
    const insert = actions.find((a) => /Insert section "Timeline"/.test(a.title));
    assert.ok(insert?.edit, 'the fix is computed when the code action is asked for');
    await client.close(uri);
  });

  test('the outline nests sections, timeline events with their times, and the metrics', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri } });
    const title = symbols[0];
    assert.equal(title.name, 'Postmortem REport');
    assert.match(title.detail ?? '', /duration 4h · TTD 15m/);
    const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const timeline = flat(symbols).find((s) => s.name === 'Timeline');
    assert.ok(timeline);
    assert.deepEqual(
      timeline.children?.map((c) => c.name),
      ['Detection', 'Actions Taken', 'Misleading Paths', 'Escalation'],
    );
    const detection = timeline.children![0];
    const event = detection.children?.find((c) => c.kind === 24 /* Event */);
    assert.ok(event, 'the detection time is an event');
    assert.match(event.name, /^10:15 AM UTC/);
    assert.equal(event.detail, 'detected · 2024-03-11T10:15:00Z');
    assert.deepEqual(event.selectionRange, rangeOf(seed, '10:15 AM UTC'));
  });

  test('hovering a time gives its instant in UTC and its offset from the start', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: rangeOf(seed, '10:45 AM UTC').start });
    const text = hoverText(hover);
    assert.match(text, /2024-03-11 10:45 UTC/);
    assert.match(text, /T\+45m from the start/);
  });

  test('hovering the times the metrics are read from says which metric each one is', async () => {
    const start = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: rangeOf(seed, 'March 11, 2024, 10:00 AM UTC').start }));
    assert.match(start, /Read as the incident's \*\*start\*\*/);
    const detected = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: rangeOf(seed, '10:15 AM UTC').start }));
    assert.match(detected, /Read as the \*\*detection\*\*/);
    const escalated = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: rangeOf(seed, '11:30 AM UTC').start }));
    assert.doesNotMatch(escalated, /Read as/, 'the second escalation is no metric source');
  });

  test('hovering a section heading says what the template expects there', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: rangeOf(seed, 'Timeline').start });
    assert.match(hoverText(hover), /\*\*Timeline\*\* \(ALX postmortem rubric, required\)/);
    assert.match(hoverText(hover), /when and how the issue was detected/);
  });

  test('hovering a finding gives its rule description', async () => {
    const uri = client.uri('postmortems/hover-finding.md');
    const text = seedWithoutTimeline();
    await client.open(uri, text);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, 'Postmortem').start });
    assert.match(hoverText(hover), /\*\*PM001\*\* required-section: A section the template requires is missing\./);
    await client.close(uri);
  });

  test('completion on an empty timeline line offers an entry five minutes after the previous one', async () => {
    const text = seed.replace('at 11:30 AM UTC.\n', 'at 11:30 AM UTC.\n\n');
    const uri = client.uri('postmortems/complete-entry.md');
    await client.open(uri, text);
    const line = rangeOf(text, 'at 11:30 AM UTC.').start.line + 1;
    const result = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 0 } }));
    const entry = result.find((i) => i.kind === 15 /* Snippet */);
    assert.ok(entry, JSON.stringify(result.map((i) => i.label)));
    assert.equal(entry.label, '11:35 AM UTC - timeline entry');
    assert.equal((entry.textEdit as { newText: string }).newText, '- ${1:11:35 AM UTC} - ${2:What happened}');
    await client.close(uri);
  });

  test('completion on a new timeline line puts the entry first and the missing headings after it, in the order an editor sorts them', async () => {
    const text = seed.replace('at 11:30 AM UTC.\n', 'at 11:30 AM UTC.\n\n');
    const uri = client.uri('postmortems/complete-entry-first.md');
    await client.open(uri, text);
    const line = rangeOf(text, 'at 11:30 AM UTC.').start.line + 1;
    const result = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 0 } }));
    // Editors sort by sortText, then by label; '#' sorts before digits, so equal sortTexts would put headings first.
    const sorted = [...result].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
    assert.ok(sorted.length > 1 && sorted.slice(1).every((i) => i.label.startsWith('#')), JSON.stringify(sorted.map((i) => i.label)));
    assert.equal(sorted[0].label, '11:35 AM UTC - timeline entry');
    assert.equal(sorted[0].preselect, true);
    await client.close(uri);
  });

  test('completion after "##" offers the missing sections, in the template order, with their scaffold', async () => {
    const text = '# Postmortem: Queue backlog\n\n## Issue Summary\n\nQueues backed up.\n\n##';
    const uri = client.uri('postmortems/complete-heading.md');
    await client.open(uri, text);
    const result = items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 2 } }));
    const top = result.filter((i) => i.detail === 'required section').map((i) => i.label);
    assert.deepEqual(top, ['## Timeline', '## Root Cause and Resolution', '## Corrective and Preventative Measures']);
    const timeline = result.find((i) => i.label === '## Timeline')!;
    assert.match((timeline.textEdit as { newText: string }).newText, /^## Timeline\n\n- \$\{1:HH:MM\} UTC/);
    assert.deepEqual((timeline.textEdit as { range: unknown }).range, { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } });
    await client.close(uri);
  });

  test('completion offers label forms, zones after a time, lifecycle words, severities and owners', async () => {
    const text = [
      '# Postmortem: Queue backlog',
      '',
      '**Severity:** ',
      '**Owner:** @',
      '',
      '## Timeline',
      '',
      '- 10:15 ',
      '- 10:20 UTC - ',
      '**',
    ].join('\n');
    const uri = client.uri('postmortems/complete-values.md');
    await client.open(uri, text);
    const at = async (line: number) => items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: text.split('\n')[line].length } })).map((i) => i.label);
    assert.deepEqual((await at(2)).slice(0, 2), ['SEV-1', 'SEV-2']);
    assert.ok((await at(3)).includes('@carol'), 'an owner named in another postmortem of the workspace');
    assert.equal((await at(7))[0], 'UTC');
    assert.ok((await at(8)).includes('Detected'));
    assert.ok((await at(8)).includes('OUTAGE ENDS'));
    const labels = await at(9);
    assert.ok(labels.includes('**Summary:**'), 'the generic template, as no preset is followed yet');
    assert.ok(labels.includes('**Date:**'));
    await client.close(uri);
  });

  test('a time without its zone is offered one fix for it, not a quick fix and a refactoring', async () => {
    const uri = client.uri('postmortems/one-zone-fix.md');
    const text = seed.replace('Escalated to the database administration team at 10:45 AM UTC', 'Escalated to the database administration team at 10:45 AM');
    await client.open(uri, text);
    const missing = (await client.pull(uri)).filter((d) => d.code === 'PM013');
    assert.equal(missing.length, 1, JSON.stringify(missing));
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: missing[0].range, context: { diagnostics: missing } });
    const zoneActions = actions.filter((a) => /UTC/.test(a.title) && /10:45/.test(a.title));
    assert.deepEqual(zoneActions.map((a) => a.title), ['Add "UTC" after 10:45 AM']);
    await client.close(uri);
  });

  test('a quick fix removes its finding once applied', async () => {
    const uri = client.uri('postmortems/fix.md');
    await client.open(uri, seedWithoutTimeline());
    const [missing] = (await client.pull(uri)).filter((d) => d.code === 'PM001');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(fix.diagnostics, [missing]);
    assert.ok(await client.applyWorkspaceEdit(fix.edit));
    assert.match(client.text(uri), /### Timeline\n\n- HH:MM UTC - Issue detected by a monitoring alert\./);
    assert.deepEqual((await client.pull(uri)).filter((d) => d.code === 'PM001'), []);
    await client.close(uri);
  });

  test('code actions offer to disable the rule for the line or the file, and fix-all', async () => {
    const uri = client.uri('postmortems/disable.md');
    const text = seedWithoutTimeline();
    await client.open(uri, text);
    const missing = (await client.pull(uri)).find((d) => d.code === 'PM001')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable PM001 (required-section) for this line'));
    assert.ok(titles.includes('Disable PM001 (required-section) for this file'));
    assert.ok(titles.includes('Insert section "Timeline"'));
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(fixAll.map((a) => a.kind), ['source.fixAll.postmortem']);
    const disable = actions.find((a) => a.title.endsWith('for this line'))!;
    assert.ok(await client.applyWorkspaceEdit(disable.edit!));
    assert.ok(client.text(uri).startsWith('<!-- postmortem-disable-next-line PM001 -->\n# Postmortem REport'));
    assert.deepEqual((await client.pull(uri)).filter((d) => d.code === 'PM001'), []);
    await client.close(uri);
  });

  test('editing the document makes the diagnostics follow', async () => {
    const uri = client.uri('postmortems/edit.md');
    await client.open(uri, seed);
    assert.deepEqual((await client.pull(uri)).filter((d) => d.code === 'PM001'), []);
    const timeline = rangeOf(seed, '### Timeline');
    const end = rangeOf(seed, 'at 11:30 AM UTC.').end;
    await client.edit(uri, [{ range: { start: timeline.start, end: { line: end.line + 1, character: 0 } }, newText: '' }]);
    assert.equal(client.version(uri), 2);
    assert.deepEqual((await client.pull(uri)).filter((d) => d.code === 'PM001').map((d) => d.range.start.line), [0]);
    await client.replace(uri, seed);
    assert.deepEqual((await client.pull(uri)).filter((d) => d.code === 'PM001'), []);
    await client.close(uri);
  });

  test('a code lens shows the duration and the times to detect and resolve; inlay hints show T+offsets', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: seedUri } });
    assert.deepEqual(lenses.map((l) => l.command?.title), ['Duration 4h', 'Time to detect 15m', 'Time to escalate 45m', 'Time to resolve 4h']);
    // Clicking a figure shows the line it was read from: the detection is on the seed's line 14.
    const detect = lenses[1].command!;
    assert.equal(detect.command, 'postmortem.showMetricSource');
    assert.equal(await client.request('workspace/executeCommand', { command: detect.command, arguments: detect.arguments }), true);
    assert.deepEqual(client.shownDocuments.map((d) => [d.uri, d.selection?.start.line]), [[seedUri, rangeOf(seed, '10:15 AM UTC').start.line]]);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: seedUri }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } });
    assert.deepEqual(hints.map((h) => h.label), ['T+15m', 'T+45m', 'T+1h 30m']);
    assert.deepEqual(hints[0].position, rangeOf(seed, '10:15 AM UTC').end);
  });

  test('folding ranges cover the sections; semantic tokens mark times and lifecycle words', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: seedUri } });
    const timeline = rangeOf(seed, '### Timeline').start.line;
    assert.ok(folds.some((f) => f.startLine === timeline && f.endLine === rangeOf(seed, 'at 11:30 AM UTC.').start.line));
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: seedUri } });
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push(`${['number', 'event'][tokens.data[i + 3]]}:${seed.split('\n')[line].slice(character, character + tokens.data[i + 2])}`);
    }
    assert.ok(decoded.includes('number:10:15 AM UTC'), decoded.join(', '));
    assert.ok(decoded.includes('event:Detected'), decoded.join(', '));
    assert.ok(decoded.includes('event:Escalated'), decoded.join(', '));
  });

  test('workspace symbols find postmortems in the workspace, open or not', async () => {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'cache stampede' });
    assert.ok(symbols.some((s) => s.name === 'Postmortem: Cache stampede' && 'range' in s.location && s.location.uri === client.uri('postmortems/older.md')), JSON.stringify(symbols));
    const open = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'misleading' });
    assert.ok(open.some((s) => s.name === 'Misleading Paths' && s.location.uri === seedUri));
  });

  test('postmortem/workspaceRollup lists every postmortem, open or not, dated ones first, with their open action items', async () => {
    const { postmortems } = await client.request<{ postmortems: RollupPostmortem[] }>(WorkspaceRollupRequest.method, {});
    const seedRow = postmortems.find((p) => p.uri === seedUri);
    const older = postmortems.find((p) => p.uri === client.uri('postmortems/older.md'));
    assert.ok(seedRow && older, JSON.stringify(postmortems));
    assert.equal(seedRow.findings, lint(seed).diagnostics.length);
    assert.deepEqual([older.title, older.line, older.severity, older.date], ['Postmortem: Cache stampede', 0, 'unknown', undefined]);
    assert.deepEqual(older.openActionItems, [{ text: 'Add jitter to cache expiry (owner: @carol)', line: 4, owner: 'carol', overdue: false }]);
    assert.equal(postmortems.at(-1), older, 'an undated postmortem comes after the dated ones');
  });

  test('other Markdown gets nothing', async () => {
    const uri = client.uri('README.md');
    const text = '# Notes\n\n## Timeline\n\n- 10:15 UTC - something\n';
    await client.open(uri, text);
    assert.deepEqual(await client.pull(uri), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } }), null);
    await client.close(uri);
  });
});
