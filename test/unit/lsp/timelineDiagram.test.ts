import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { Commands, type CommandResults } from '../../../server/src/protocol/customMessages';
import { TestClient, rangeOf, seedText } from './lspClient';

type Outcome = CommandResults[typeof Commands.insertTimelineDiagram];
const HINT = 4;

describe('the timeline diagram over LSP', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(() => client.stop());

  const insertDiagram = (uri: string) => client.request<Outcome>('workspace/executeCommand', { command: Commands.insertTimelineDiagram, arguments: [{ uri }] });
  const outdated = async (uri: string): Promise<Diagnostic[]> => (await client.pull(uri)).filter((d) => d.code === 'PM019');

  test('postmortem.insertTimelineDiagram writes the block after the timeline as one edit, once', async () => {
    const uri = client.uri('postmortems/diagram.md');
    await client.open(uri, seedText());
    const edits = client.appliedEdits.length;
    assert.deepEqual(await insertDiagram(uri), { applied: true });
    assert.equal(client.appliedEdits.length, edits + 1, 'one workspace/applyEdit');
    assert.equal(client.appliedEdits[edits].edit.documentChanges?.length, 1, 'one document change: one undo');
    assert.equal(client.appliedEdits[edits].label, 'Insert timeline diagram');
    const lines = client.text(uri).split('\n');
    const open = lines.indexOf('```mermaid');
    assert.match(lines[open - 2], /escalated to senior management/);
    assert.equal(lines[open + 1], 'gantt');
    assert.ok(lines.indexOf('Root Cause and Resolution:') > open);
    assert.deepEqual(await outdated(uri), []);
    assert.deepEqual(await insertDiagram(uri), { applied: false, reason: 'the timeline diagram is already up to date' });
  });

  test('an edit to the timeline makes a hint on the block, whose quick fix regenerates it', async () => {
    const uri = client.uri('postmortems/diagram-outdated.md');
    await client.open(uri, seedText());
    await insertDiagram(uri);
    await client.edit(uri, [{ range: rangeOf(client.text(uri), '10:45 AM UTC'), newText: '10:50 AM UTC' }]);
    const [hint] = await outdated(uri);
    assert.ok(hint, 'PM019 reported');
    assert.equal(hint.severity, HINT);
    assert.equal(client.text(uri).split('\n')[hint.range.start.line], '```mermaid');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: hint.range, context: { diagnostics: [hint] } });
    const regenerate = actions.find((a) => a.title === 'Regenerate timeline diagram');
    assert.ok(regenerate?.edit, actions.map((a) => a.title).join(', '));
    assert.equal(regenerate.isPreferred, true);
    assert.ok(await client.applyWorkspaceEdit(regenerate.edit));
    assert.match(client.text(uri), /10#58;50 Escalated to the database administration team/);
    assert.deepEqual(await outdated(uri), []);
  });

  test('the command brings an out-of-date block up to date in place', async () => {
    const uri = client.uri('postmortems/diagram-rerun.md');
    await client.open(uri, seedText());
    await insertDiagram(uri);
    await client.edit(uri, [{ range: rangeOf(client.text(uri), '11:30 AM UTC', 0), newText: '11:40 AM UTC' }]);
    assert.deepEqual(await insertDiagram(uri), { applied: true });
    assert.equal(client.text(uri).split('```mermaid').length, 2, 'still one block');
    assert.match(client.text(uri), /11#58;40 As the issue persisted/);
    assert.deepEqual(await outdated(uri), []);
  });

  test('a postmortem without timed entries gets no block, and says why', async () => {
    const uri = client.uri('postmortems/diagram-empty.md');
    await client.open(uri, '# Postmortem: Login outage\n\n## Timeline\n\nTo be written.\n');
    assert.deepEqual(await insertDiagram(uri), { applied: false, reason: 'the timeline has no entry with a time to draw' });
  });
});
