import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WORKSPACE_CHANGED_CAPABILITY, WorkspaceChangedNotification, WorkspaceRollupRequest, type RollupPostmortem } from '../../../server/src/protocol/customMessages';
import { PULL_CAPABILITIES, TestClient, writeFile } from './lspClient';

const OLDER = '# Postmortem: Cache stampede on January 5, 2026\n\n**Severity:** SEV-3\n\n## Action Items\n\n- [ ] Stagger expiry (owner: @dave, due 2026-01-20)\n';
const NEWER = '# Postmortem: DNS outage on March 2, 2026\n\n**Severity:** sev1\n';

async function rollup(client: TestClient): Promise<RollupPostmortem[]> {
  return (await client.request<{ postmortems: RollupPostmortem[] }>(WorkspaceRollupRequest.method, {})).postmortems;
}

describe('postmortem/workspaceRollup and postmortem/workspaceChanged', () => {
  test('a file created on disk is in the roll-up once the server says the workspace changed', async () => {
    const client = await TestClient.start({ capabilities: { ...PULL_CAPABILITIES, experimental: { [WORKSPACE_CHANGED_CAPABILITY]: true } }, files: { 'postmortems/older.md': OLDER, 'README.md': '# Handbook\n' } });
    let changes = 0;
    client.connection.onNotification(WorkspaceChangedNotification.method, () => {
      changes++;
      client.events.emit('changed');
    });
    try {
      const before = await rollup(client);
      assert.deepEqual(before.map((p) => [p.title, p.date, p.severity]), [['Postmortem: Cache stampede on January 5, 2026', '2026-01-05', 'SEV-3']]);
      // Overdue against the day the server answers: January 2026 is behind any day this runs.
      assert.deepEqual(before[0].openActionItems, [{ text: 'Stagger expiry (owner: @dave, due 2026-01-20)', line: 6, owner: 'dave', due: '2026-01-20', overdue: true }]);

      writeFile(join(client.folder, 'postmortems/newer.md'), NEWER);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('postmortems/newer.md'), type: 1 }] });
      await client.waitFor(() => changes > 0 || undefined, 'postmortem/workspaceChanged');
      assert.deepEqual((await rollup(client)).map((p) => [p.title, p.severity]), [
        ['Postmortem: DNS outage on March 2, 2026', 'SEV-1'],
        ['Postmortem: Cache stampede on January 5, 2026', 'SEV-3'],
      ]);
    } finally {
      await client.stop();
    }
  });

  test('a config file that leaves a folder out takes its postmortems out of the roll-up', async () => {
    const client = await TestClient.start({
      capabilities: { ...PULL_CAPABILITIES, experimental: { [WORKSPACE_CHANGED_CAPABILITY]: true } },
      files: { 'postmortems/older.md': OLDER, 'postmortems/drafts/newer.md': NEWER },
    });
    let changes = 0;
    client.connection.onNotification(WorkspaceChangedNotification.method, () => {
      changes++;
      client.events.emit('changed');
    });
    try {
      assert.equal((await rollup(client)).length, 2);
      writeFile(join(client.folder, '.postmortemrc.json'), JSON.stringify({ ignores: ['postmortems/drafts/**'] }));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.postmortemrc.json'), type: 1 }] });
      await client.waitFor(() => changes > 0 || undefined, 'postmortem/workspaceChanged');
      assert.deepEqual((await rollup(client)).map((p) => p.title), ['Postmortem: Cache stampede on January 5, 2026']);
    } finally {
      await client.stop();
    }
  });

  test('a client that does not ask for workspaceChanged never receives it', async () => {
    const client = await TestClient.start({ files: { 'postmortems/older.md': OLDER } });
    let changes = 0;
    client.connection.onNotification(WorkspaceChangedNotification.method, () => changes++);
    try {
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('postmortems/older.md'), type: 2 }] });
      // A request answered after the notification: anything sent before it has arrived by then.
      await rollup(client);
      assert.equal(changes, 0);
    } finally {
      await client.stop();
    }
  });
});
