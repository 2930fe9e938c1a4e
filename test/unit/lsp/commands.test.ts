import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Commands, DOCUMENT_STATUS_CAPABILITY, type CommandResults } from '../../../server/src/protocol/customMessages';
import { PULL_CAPABILITIES, TestClient, seedText } from './lspClient';

function withoutTimeline(): string {
  const lines = seedText().split('\n');
  return [...lines.slice(0, 13), ...lines.slice(29)].join('\n');
}

const OUT_OF_ORDER = [
  '# Postmortem: Login outage',
  '',
  '(all times UTC)',
  '',
  '**Date:** 2024-03-11',
  '',
  '## Timeline',
  '',
  '1. 10:45 - Rolled back the deploy',
  '2. 10:05 - Alert fired, on-call paged',
  '   (PagerDuty, high urgency)',
  '3. 10:20 - Escalated to the database team',
  '',
  '## Root Cause and Resolution',
  '',
  'A bad pool setting.',
  '',
].join('\n');

const IN_ORDER = OUT_OF_ORDER.replace(/^\d\. /gm, '- ')
  .replace('   (PagerDuty', '  (PagerDuty')
  .replace('- 10:45 - Rolled back the deploy\n', '')
  .replace('- 10:20 - Escalated to the database team\n', '- 10:20 - Escalated to the database team\n- 10:45 - Rolled back the deploy\n');

describe('workspace/executeCommand', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(() => client.stop());

  async function run<R>(command: string, args: Record<string, unknown>): Promise<R> {
    return client.request<R>('workspace/executeCommand', { command, arguments: [args] });
  }

  test('postmortem.listMissingSections lists what the template still wants, for a quick pick', async () => {
    const uri = client.uri('postmortems/list.md');
    await client.open(uri, withoutTimeline());
    assert.deepEqual(await run('postmortem.listMissingSections', { uri }), [
      {
        key: 'timeline',
        title: 'Timeline',
        description: 'Bullet points, each `time - 1 or 2 short sentences`: when and how the issue was detected, actions taken, misleading paths, escalations, and the resolution.',
      },
    ]);
  });

  test('postmortem.documentInfo gives the template, why it was chosen, and the metrics', async () => {
    const uri = client.uri('postmortems/info.md');
    await client.open(uri, seedText());
    const info = await run<{ template: string; templateReason: string; metrics: Record<string, unknown> }>('postmortem.documentInfo', { uri });
    assert.equal(info.template, 'alx');
    assert.match(info.templateReason, /follows it/);
    assert.equal(info.metrics.durationMinutes, 240);
    assert.equal(info.metrics.timeToDetectMinutes, 15);
  });

  test('postmortem.insertSection applies one edit and the finding goes', async () => {
    const uri = client.uri('postmortems/insert.md');
    await client.open(uri, withoutTimeline());
    const edits = client.appliedEdits.length;
    assert.deepEqual(await run('postmortem.insertSection', { uri, key: 'timeline' }), { applied: true });
    assert.equal(client.appliedEdits.length, edits + 1);
    const sent = client.appliedEdits[edits].edit;
    assert.equal(sent.documentChanges?.length, 1, 'one document change');
    assert.deepEqual((sent.documentChanges![0] as { textDocument: unknown }).textDocument, { uri, version: 1 });
    assert.deepEqual((await client.pull(uri)).filter((d) => d.code === 'PM001'), []);
    assert.deepEqual(await run('postmortem.insertSection', { uri, key: 'timeline' }), {
      applied: false,
      reason: 'no section "timeline" to insert: unknown, already present, its parent section is missing, or the line after its parent is indented (the new section would take it in)',
    });
  });

  test('postmortem.insertSection adds a sub-section at the end of its parent, written like its siblings', async () => {
    const uri = client.uri('postmortems/insert-child.md');
    await client.open(uri, seedText());
    assert.deepEqual(await run('postmortem.insertSection', { uri, key: 'timeline-resolution' }), { applied: true });
    const lines = client.text(uri).split('\n');
    const at = lines.indexOf('**Resolution:**');
    assert.ok(at > lines.indexOf('**Escalation:**') && at < lines.indexOf('Root Cause and Resolution:'), client.text(uri));
  });

  test('postmortem.insertTimelineEntry puts the entry at its chronological place, written like its neighbours', async () => {
    const uri = client.uri('postmortems/entry.md');
    await client.open(uri, OUT_OF_ORDER);
    assert.deepEqual(await run('postmortem.insertTimelineEntry', { uri, isoInstant: '2024-03-11T10:10:00Z', text: 'Acknowledged by the on-call engineer' }), { applied: true });
    const lines = client.text(uri).split('\n');
    assert.equal(lines[11], '2. 10:10 - Acknowledged by the on-call engineer', client.text(uri));
    assert.deepEqual(await run('postmortem.insertTimelineEntry', { uri, isoInstant: '2024-03-11T11:30:00+01:00', text: 'Database recovered' }), { applied: true });
    assert.equal(client.text(uri).split('\n')[13], '3. 10:30 - Database recovered', 'an offset is honoured: 11:30+01:00 is 10:30 UTC, after 10:20');
  });

  test('postmortem.insertTimelineEntry creates the timeline when there is none', async () => {
    const uri = client.uri('postmortems/no-timeline.md');
    await client.open(uri, withoutTimeline());
    assert.deepEqual(await run('postmortem.insertTimelineEntry', { uri, isoInstant: '2024-03-11T10:15:00Z', text: 'Detected' }), { applied: true });
    assert.match(client.text(uri), /### Timeline\n\n- 2024-03-11 10:15 UTC - Detected\n/);
  });

  test('postmortem.insertTimelineEntry refuses text of more than one line with a clear error, and leaves the document alone', async () => {
    const uri = client.uri('postmortems/multi-line-entry.md');
    await client.open(uri, withoutTimeline());
    const edits = client.appliedEdits.length;
    for (const text of ['Detected\n## Heading', 'Detected\r\nagain', 'Detected\rx']) {
      await assert.rejects(run('postmortem.insertTimelineEntry', { uri, isoInstant: '2024-03-11T10:15:00Z', text }), (error: { code: number; message: string }) => error.code === -32602 && /must be one line/.test(error.message));
    }
    assert.equal(client.appliedEdits.length, edits);
    assert.equal(client.text(uri), withoutTimeline());
  });

  test('postmortem.sortTimeline sorts each run of entries, carrying continuation lines and renumbering', async () => {
    const uri = client.uri('postmortems/sort.md');
    await client.open(uri, OUT_OF_ORDER);
    assert.deepEqual(await run('postmortem.sortTimeline', { uri }), { applied: true });
    assert.deepEqual(client.text(uri).split('\n').slice(8, 12), [
      '1. 10:05 - Alert fired, on-call paged',
      '   (PagerDuty, high urgency)',
      '2. 10:20 - Escalated to the database team',
      '3. 10:45 - Rolled back the deploy',
    ]);
    assert.deepEqual(await run('postmortem.sortTimeline', { uri }), { applied: false, reason: 'the timeline is already in order' });
  });

  test('postmortem.importTimeline answers with one edit that writes pasted Slack messages as entries in order', async () => {
    const uri = client.uri('postmortems/import.md');
    await client.open(uri, OUT_OF_ORDER);
    const edits = client.appliedEdits.length;
    const pasted = 'Dana Reyes  10:07 AM\nsaw the alert, looking\nSam Okafor  10:31 AM\nrolling back 🚀 now';
    const outcome = await run<CommandResults['postmortem.importTimeline']>(Commands.importTimeline, { uri, text: pasted });
    assert.equal(outcome.format, 'slack-copied');
    assert.deepEqual(outcome.added, ['2. 10:07 - Dana Reyes: saw the alert, looking', '3. 10:31 - Sam Okafor: rolling back 🚀 now']);
    assert.equal(client.appliedEdits.length, edits, 'the client applies the edit, not the server');
    assert.equal(outcome.version, 1);
    assert.ok(outcome.edit);
    // The edit spans whole lines: from the first entry after which one is inserted to the line after the last.
    assert.equal(outcome.edit.range.start.character, 0);
    assert.equal(outcome.edit.range.end.character, 0);
  });

  test('postmortem.importTimeline with apply applies the edit through workspace/applyEdit, and a second paste adds nothing', async () => {
    const uri = client.uri('postmortems/import-apply.md');
    await client.open(uri, IN_ORDER);
    const pasted = '10:07 saw the alert\n10:50 recovered';
    const outcome = await run<CommandResults['postmortem.importTimeline']>(Commands.importTimeline, { uri, text: pasted, apply: true });
    assert.equal(outcome.applied, true);
    assert.deepEqual(client.text(uri).split('\n').slice(8, 15), [
      '- 10:05 - Alert fired, on-call paged',
      '  (PagerDuty, high urgency)',
      '- 10:07 - saw the alert',
      '- 10:20 - Escalated to the database team',
      '- 10:45 - Rolled back the deploy',
      '- 10:50 - recovered',
      '',
    ]);
    const again = await run<CommandResults['postmortem.importTimeline']>(Commands.importTimeline, { uri, text: pasted, apply: true });
    assert.deepEqual({ added: again.added, skipped: again.skipped, edit: again.edit }, { added: [], skipped: 2, edit: null });
  });

  test('postmortem.importTimeline leaves text in no known format to be pasted as it is', async () => {
    const uri = client.uri('postmortems/import-prose.md');
    await client.open(uri, OUT_OF_ORDER);
    const outcome = await run<CommandResults['postmortem.importTimeline']>(Commands.importTimeline, { uri, text: 'We think the pool was too small.' });
    assert.deepEqual({ format: outcome.format, edit: outcome.edit }, { format: null, edit: null });
    await assert.rejects(run(Commands.importTimeline, { uri }), (error: { code: number }) => error.code === -32602);
  });

  test('postmortem.importTimeline with a line offers entries only for a paste in the timeline', async () => {
    const uri = client.uri('postmortems/import-where.md');
    await client.open(uri, OUT_OF_ORDER);
    const at = (line: number) => run<CommandResults['postmortem.importTimeline']>(Commands.importTimeline, { uri, text: '10:07 saw the alert', line });
    assert.equal((await at(9)).format, 'plain', 'among the entries');
    assert.equal((await at(12)).format, 'plain', 'on the blank line closing the section');
    const outside = await at(15);
    assert.deepEqual({ format: outside.format, edit: outside.edit, reason: outside.reason }, { format: null, edit: null, reason: 'the paste is not in the timeline' });
  });

  test('a command on a document that is not an open postmortem applies nothing', async () => {
    assert.deepEqual(await run('postmortem.sortTimeline', { uri: client.uri('postmortems/closed.md') }), { applied: false, reason: 'the document is not an open postmortem' });
    assert.deepEqual(await run('postmortem.listMissingSections', { uri: client.uri('postmortems/closed.md') }), []);
  });
});

describe('postmortem/documentStatus', () => {
  test('a client that asks for it is pushed each document\'s template and metrics after an analysis, and a new status after an edit, without asking', async () => {
    const client = await TestClient.start({ capabilities: { ...PULL_CAPABILITIES, experimental: { [DOCUMENT_STATUS_CAPABILITY]: true } } });
    try {
      const uri = client.uri('notes/status.md');
      await client.open(uri, seedText());
      await client.pull(uri);
      const first = await client.waitFor(() => client.statuses.find((s) => s.uri === uri && s.version === 1), 'the status of version 1');
      assert.equal(first.info?.template, 'alx');
      assert.equal(first.info?.metrics.durationMinutes, 240);
      // The same answer documentInfo gives, from the one declaration both sides import.
      const info = await client.request<CommandResults[typeof Commands.documentInfo]>('workspace/executeCommand', { command: Commands.documentInfo, arguments: [{ uri }] });
      assert.deepEqual(first.info, info);
      await client.replace(uri, '# Team handbook\n\nHow we work.\n');
      await client.pull(uri);
      const second = await client.waitFor(() => client.statuses.find((s) => s.uri === uri && s.version === 2), 'the status of version 2');
      assert.equal(second.info, null, 'no longer a postmortem');
      const readme = client.uri('README.md');
      await client.open(readme, '# Team handbook\n');
      await client.pull(readme);
      assert.deepEqual(await client.waitFor(() => client.statuses.find((s) => s.uri === readme), 'the README status'), { uri: readme, version: 1, info: null });
    } finally {
      await client.stop();
    }
  });

  test('a client that does not ask for it never receives it', async () => {
    const client = await TestClient.start();
    try {
      const uri = client.uri('postmortems/quiet.md');
      await client.open(uri, seedText());
      await client.pull(uri);
      // A request answered after the pull: any notification sent before it has arrived by then.
      await client.request('workspace/executeCommand', { command: Commands.documentInfo, arguments: [{ uri }] });
      assert.deepEqual(client.statuses, []);
    } finally {
      await client.stop();
    }
  });
});
