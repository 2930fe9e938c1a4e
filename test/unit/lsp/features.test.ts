import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, Position } from 'vscode-languageserver-protocol';
import { applyEdits, disableForFileEdit, disableForLineEdit, fixAll, formatLike, lint, replacementEdit, resolveConfig, sortTimeline, timelineEntryInsertion } from '../../../server/src/engine';
import type { Analysis } from '../../../server/src/lsp/analysisCache';
import { completions } from '../../../server/src/lsp/features/completions';
import { defaultSettings } from '../../../server/src/lsp/settings';

/**
 * The features as plain functions, in memory: a document with a `$$CURSOR$$` marker, its
 * analysis, and the feature's answer. The protocol tests cover the same features through the
 * bundled server; these pin the shapes of the text the features write.
 */
const CURSOR = '$$CURSOR$$';

function analyze(text: string): Analysis {
  const config = resolveConfig();
  return { uri: 'file:///postmortems/test.md', version: 1, result: lint(text, config), config, notes: [], settings: defaultSettings() };
}

function withCursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf(CURSOR);
  const before = marked.slice(0, offset).split('\n');
  return { text: marked.replace(CURSOR, ''), position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The instant completions take as now: fixed, so what a stamp writes can be pinned. */
const NOW = Date.parse('2024-05-02T10:05:00Z');

async function complete(marked: string, owners: string[] = [], now = NOW): Promise<CompletionItem[]> {
  const { text, position } = withCursor(marked);
  return completions(analyze(text), position, { snippets: true, markdownDocs: true, owners: async () => owners, now: () => now });
}

function newTextOf(items: CompletionItem[], label: string): string | undefined {
  return (items.find((i) => i.label === label)?.textEdit as { newText: string } | undefined)?.newText;
}

function edited(text: string, edit: { range: { start: Position; end: Position }; newText: string }): string {
  return applyEdits(text, [edit]).text;
}

const TABLE_TIMELINE = [
  '# Postmortem: Search outage',
  '',
  '## Timeline',
  '',
  '| Time (UTC) | Event |',
  '| --- | --- |',
  '| 2024-05-02 09:00 | Deploy started |',
  '| 2024-05-02 09:20 | **OUTAGE BEGINS** |',
  '',
].join('\n');

describe('completions', () => {
  test('a new row in a table timeline is shaped like the row above, twenty-five minutes being 09:25', async () => {
    const items = await complete(TABLE_TIMELINE + CURSOR);
    const entry = items.find((i) => i.label.endsWith('timeline entry'));
    assert.ok(entry, JSON.stringify(items.map((i) => i.label)));
    assert.equal((entry.textEdit as { newText: string }).newText, '| ${1:2024-05-02 09:25} | ${2:What happened} |');
  });

  test('zones after a time put the document\'s declared zone first', async () => {
    const items = await complete(`# Postmortem: x\n\nAll times are in PST.\n\n## Timeline\n\n- 10:15 ${CURSOR}`);
    assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['PST', 'UTC']);
  });

  test('owners follow "Owner:" and "@", and replace only what was typed', async () => {
    const label = await complete(`# Postmortem: x\n\n**Owner:** da${CURSOR}`, ['dana', 'emeka']);
    assert.deepEqual(label.map((i) => [i.label, (i.textEdit as { newText: string }).newText]), [['@dana', '@dana'], ['@emeka', '@emeka']]);
    assert.deepEqual((label[0].textEdit as { range: unknown }).range, { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } });
    const mention = await complete(`# Postmortem: x\n\n- [ ] Add an alert (@em${CURSOR}`, ['dana', 'emeka']);
    assert.equal((mention[1].textEdit as { newText: string }).newText, 'emeka');
  });

  test('a status value after "Status:"', async () => {
    const items = await complete(`---\ntitle: Postmortem\n---\n\nStatus: ${CURSOR}`);
    assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['Draft', 'In Review']);
  });

  test('pm-detected writes an entry stamped now, with its date, and its zone as UTC where the document names none', async () => {
    const items = await complete(`# Postmortem: x\n\n## Timeline\n\npm-det${CURSOR}`);
    assert.deepEqual(items.map((i) => i.label), ['pm-started', 'pm-detected', 'pm-acknowledged', 'pm-escalated', 'pm-mitigated', 'pm-resolved']);
    assert.equal(newTextOf(items, 'pm-detected'), '- 2024-05-02 10:05 UTC - ${1|Detected,Alerted,Paged,Reported|} ${2:by a monitoring alert on error rate}.$0');
    assert.deepEqual((items[1].textEdit as { range: unknown }).range, { start: { line: 4, character: 0 }, end: { line: 4, character: 6 } }, 'what was typed is replaced');
  });

  test('a stamp writes the time in the zone the timeline writes, shaped like its entries', async () => {
    const list = await complete(`# Postmortem: x\n\n## Timeline\n\n- 2024-05-02 01:00 PDT - Deploy started\n- pm-det${CURSOR}`);
    assert.equal(newTextOf(list, 'pm-detected'), '- 2024-05-02 03:05 PDT - ${1|Detected,Alerted,Paged,Reported|} ${2:by a monitoring alert on error rate}.$0');
    const table = await complete(`${TABLE_TIMELINE}pm-res${CURSOR}`);
    assert.equal(newTextOf(table, 'pm-resolved'), '| 2024-05-02 10:05 | ${1|Resolved,Restored,OUTAGE ENDS,INCIDENT ENDS|} ${2:after the connection pool was resized}.$0 |', 'the header declares UTC, so the rows write no zone');
  });

  test('plain prose gets nothing', async () => {
    assert.deepEqual(await complete(`# Postmortem: x\n\nThe database was slow ${CURSOR}`), []);
  });
});

describe('edits', () => {
  test('a timeline entry goes into a table at its place in time, as a row', () => {
    const analysis = analyze(TABLE_TIMELINE);
    const edit = timelineEntryInsertion(analysis.result, Date.parse('2024-05-02T09:10:00Z'), 'Alert fired');
    assert.equal(edited(TABLE_TIMELINE, edit).split('\n')[7], '| 2024-05-02 09:10 | Alert fired |');
  });

  test('times are written like their neighbours: 12-hour with the zone, or a long date', () => {
    const seedLike = analyze('# Postmortem: x\n\n**Start Time:** March 11, 2024, 10:00 AM UTC\n').result.document.times[0];
    assert.equal(formatLike(seedLike, Date.parse('2024-03-12T14:05:00Z'), 'UTC', true), 'March 12, 2024, 2:05 PM UTC');
    assert.equal(formatLike(seedLike, Date.parse('2024-03-11T09:05:00Z'), 'UTC', false), '9:05 AM UTC');
  });

  test('sorting moves table rows, not the header', () => {
    const text = TABLE_TIMELINE.replace('| 2024-05-02 09:00 | Deploy started |\n| 2024-05-02 09:20 | **OUTAGE BEGINS** |', '| 2024-05-02 09:20 | **OUTAGE BEGINS** |\n| 2024-05-02 09:00 | Deploy started |');
    const sorted = sortTimeline(analyze(text).result.document).reduce((t, e) => edited(t, e), text);
    assert.equal(sorted, TABLE_TIMELINE);
  });

  test('disabling a rule on a table row comments at the end of the row, so the table holds', () => {
    const analysis = analyze(TABLE_TIMELINE);
    const text = edited(TABLE_TIMELINE, disableForLineEdit(analysis.result.document, 6, 'PM013'));
    assert.equal(text.split('\n')[6], '| 2024-05-02 09:00 | Deploy started | <!-- postmortem-disable-line PM013 -->');
  });

  test('disabling a rule for the file adds it to an existing disable-file comment', () => {
    const text = '<!-- postmortem-disable-file PM025 -->\n' + TABLE_TIMELINE;
    const once = edited(text, disableForFileEdit(analyze(text).result.document, 'PM013'));
    assert.equal(once.split('\n')[0], '<!-- postmortem-disable-file PM025 PM013 -->');
  });

  test('in front matter the disable comment is a YAML comment, so the front matter still parses', () => {
    const text = '---\ntype: postmortem\nseverity: SEV-9\n---\n# Postmortem: x\n';
    const fixed = edited(text, disableForLineEdit(analyze(text).result.document, 2, 'PM099'));
    assert.equal(fixed.split('\n')[2], '# <!-- postmortem-disable-next-line PM099 -->');
    const frontMatter = analyze(fixed).result.document.frontMatter;
    assert.deepEqual([frontMatter?.error, frontMatter?.data], [undefined, { type: 'postmortem', severity: 'SEV-9' }]);
  });

  test('a disable-file comment goes below the front matter', () => {
    const text = '---\ntype: postmortem\n---\n# Postmortem: x\n';
    assert.equal(edited(text, disableForFileEdit(analyze(text).result.document, 'PM025')), '---\ntype: postmortem\n---\n<!-- postmortem-disable-file PM025 -->\n# Postmortem: x\n');
  });

  test('fix-all is one edit, and what it leaves has no fixable finding left', () => {
    const text = 'Postmortem notes\n\n## Timeline\n\n- 10:45 - Resolved\n- 10:05 - Alert fired\n';
    const analysis = analyze(text);
    assert.ok(analysis.result.diagnostics.some((d) => d.fix), analysis.result.diagnostics.map((d) => d.code).join(' '));
    const edit = replacementEdit(text, fixAll(text, analysis.config, analysis.result).text)!;
    const fixed = edited(text, edit);
    assert.deepEqual(lint(fixed, analysis.config).diagnostics.filter((d) => d.fix).map((d) => d.code), []);
  });
});
