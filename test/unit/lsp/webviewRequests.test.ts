import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportView } from '../../../server/src/engine';
import { TimelineViewRequest, WorkspaceReportRequest, type TimelineViewResult } from '../../../server/src/protocol/customMessages';
import { TestClient } from './lspClient';

const INCIDENT = `# Postmortem: Queue outage

**Severity:** SEV-3
**Start Time:** 2025-06-02 09:00 UTC
**End Time:** 2025-06-02 10:30 UTC

## Timeline

- 09:00 UTC Worker crashed; the outage began
- 09:20 UTC Alert fired for queue depth
- 10:30 UTC Resolved

## Action Items

- [ ] Alert on queue age (owner: @sam, due 2025-07-01)
`;

describe('postmortem/timelineView', () => {
  test('draws the open document as it stands, and again after an edit, for the version it read', async () => {
    const client = await TestClient.start();
    try {
      const uri = client.uri('postmortems/queue.md');
      await client.open(uri, INCIDENT);
      const first = await client.request<TimelineViewResult>(TimelineViewRequest.method, { uri });
      assert.equal(first.version, client.version(uri));
      assert.deepEqual(first.view?.markers.map((m) => [m.clock, m.role, m.line]), [
        ['09:00', 'started', 8],
        ['09:20', 'detected', 9],
        ['10:30', 'resolved', 10],
      ]);
      assert.equal(first.view?.window?.label, 'Incident (1h 30m)');

      // Typed into the editor, not saved: the picture follows the text the server holds.
      await client.edit(uri, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, newText: '- 10:00 UTC Restarted the worker (mitigated)\n' }]);
      const second = await client.request<TimelineViewResult>(TimelineViewRequest.method, { uri });
      assert.equal(second.version, client.version(uri));
      assert.deepEqual(second.view?.markers.map((m) => [m.clock, m.role, m.line]), [
        ['09:00', 'started', 8],
        ['09:20', 'detected', 9],
        ['10:00', 'mitigated', 10],
        ['10:30', 'resolved', 11],
      ]);
    } finally {
      await client.stop();
    }
  });

  test('a document that is no postmortem, or not open, or a bad argument draws nothing and keeps the server up', async () => {
    const client = await TestClient.start();
    try {
      const notes = client.uri('notes.md');
      await client.open(notes, '# Shopping list\n\n- eggs\n');
      assert.deepEqual(await client.request<TimelineViewResult>(TimelineViewRequest.method, { uri: notes }), { version: 1, view: null });
      assert.equal((await client.request<TimelineViewResult>(TimelineViewRequest.method, { uri: client.uri('closed.md') })).view, null);
      assert.equal((await client.request<TimelineViewResult>(TimelineViewRequest.method, { uri: 42 })).view, null);
      assert.equal((await client.request<TimelineViewResult>(TimelineViewRequest.method, null)).view, null);
      assert.ok(client.isAlive());
    } finally {
      await client.stop();
    }
  });
});

describe('postmortem/workspaceReport', () => {
  test("rolls up the workspace's postmortems, each item and row naming its document by URI and line", async () => {
    const client = await TestClient.start({ files: { 'postmortems/2025-06-02-queue.md': INCIDENT, 'README.md': '# Handbook\n' } });
    try {
      const report = await client.request<ReportView>(WorkspaceReportRequest.method, {});
      const uri = client.uri('postmortems/2025-06-02-queue.md');
      assert.deepEqual(report.rows.map((r) => [r.name, r.title, r.severity, r.duration, r.line]), [[uri, 'Postmortem: Queue outage', 'SEV-3', '1h 30m', 0]]);
      // June 2025 is on the year's chart or, later, counted before it: which depends on the day this runs.
      assert.equal(report.months.reduce((n, m) => n + m.total, 0) + report.earlier, 1, 'the one dated incident, on the chart or before it');
      assert.deepEqual(report.severities, [{ severity: 'SEV-3', tone: 'sev3' }]);
      assert.deepEqual(report.timeTo.map((t) => [t.metric, t.count, t.median]), [['detect', 1, '20m'], ['mitigate', 0, '-'], ['resolve', 1, '1h 30m']]);
      // Due in 2025: overdue on any day this runs.
      assert.deepEqual(report.owners.map((o) => [o.owner, o.overdue, o.items.map((i) => [i.name, i.line, i.overdue])]), [['sam', 1, [[uri, 14, true]]]]);
    } finally {
      await client.stop();
    }
  });
});
