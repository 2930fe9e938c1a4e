import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

const NIGHT = `# Postmortem: search index rebuild overran

## Summary

Search returned stale results from 23:10 to 00:40 UTC.

## Timeline

- 23:10 UTC - Index rebuild started failing; stale results served.
- 23:14 UTC - Alert on index freshness paged the search on-call.
- 23:30 UTC - Escalated to the storage team.
- 00:05 UTC - Rebuild restarted on a larger node.
- 00:40 UTC - Resolved: search recovered with a fresh index.

## Root cause

The rebuild node ran out of disk.

## Action items

- [ ] Alert on rebuild disk usage (owner: @mia)
`;

test('time to resolve is the time to the end, so it agrees with the duration and the "Resolved" entry', () => {
  const { metrics } = lint(NIGHT);
  assert.equal(metrics.durationMinutes, 90);
  assert.equal(metrics.timeToResolveMinutes, 90);
  assert.equal(metrics.timeToDetectMinutes, 4);
  assert.equal(metrics.timeToEscalateMinutes, 20);
});

test('each metric names the line it was read from', () => {
  const { metrics } = lint(NIGHT);
  // The summary's range gives the start and end (line 5); the timeline gives the detection and escalation.
  assert.deepEqual(metrics.sources, { start: 4, end: 4, detected: 9, escalated: 10 });
});

test('a detection dated after the end gives no time to detect: the dates disagree, and no figure would be right', () => {
  const text = NIGHT.replace('- 23:14 UTC - Alert on index freshness paged the search on-call.', '- 2024-06-03 23:14 UTC - Alert on index freshness paged the search on-call.')
    .replace('Search returned stale results from 23:10 to 00:40 UTC.', 'Search returned stale results from 2024-05-03 23:10 to 2024-05-04 00:40 UTC.');
  const { metrics } = lint(text);
  assert.equal(metrics.durationMinutes, 90);
  assert.equal(metrics.timeToDetectMinutes, undefined);
  assert.equal(metrics.sources?.detected, undefined);
});

test('a team\'s "Time to detection" stat stands in only where the timeline shows no detection', () => {
  const stats = '\n## Stats\n\n- Time to detection: 9 minutes\n- Time to recovery: 95 minutes\n';
  assert.equal(lint(NIGHT + stats).metrics.timeToDetectMinutes, 4);
  assert.equal(lint(NIGHT + stats).metrics.durationMinutes, 90);
  const undetected = NIGHT.replace('Alert on index freshness paged the search on-call', 'Index freshness checked by hand') + stats;
  assert.equal(lint(undetected).metrics.timeToDetectMinutes, 9);
});

test('a cause discovered while the team is already at work is diagnosis, not the detection', () => {
  const text = NIGHT.replace('- 23:14 UTC - Alert on index freshness paged the search on-call.', '- 23:14 UTC - Search on-call checks the rebuild logs.')
    .replace('- 23:30 UTC - Escalated to the storage team.', '- 23:30 UTC - Discovered the rebuild node had no disk left.');
  assert.equal(lint(text).metrics.timeToDetectMinutes, undefined);
  const report = text.replace('- 23:30 UTC - Discovered', '- 23:30 UTC - A customer reports stale results; discovered');
  assert.equal(lint(report).metrics.timeToDetectMinutes, 20);
});

test('finding the root cause is no detection, even as the first thing the timeline tells after the onset', () => {
  const text = NIGHT.replace('- 23:14 UTC - Alert on index freshness paged the search on-call.', '- 23:14 UTC - Noticed the root cause: a full disk on the rebuild node.');
  assert.equal(lint(text).metrics.timeToDetectMinutes, undefined);
});

test('users who opened or filed a ticket reported the incident', () => {
  const text = NIGHT.replace('Alert on index freshness paged the search on-call', 'Two customers opened tickets about stale results');
  assert.equal(lint(text).metrics.timeToDetectMinutes, 4);
});

test('a "Detected" field stands in where the timeline shows no detection', () => {
  const quiet = NIGHT.replace('Alert on index freshness paged the search on-call', 'Index freshness checked by hand');
  const fields = '| Field | Value |\n| --- | --- |\n| **Service** | search |\n| **Detected** | 23:25 UTC |\n\n';
  const header = (text: string) => text.replace('## Summary', `${fields}## Summary`);
  assert.equal(lint(header(quiet)).metrics.timeToDetectMinutes, 15);
  assert.equal(lint(header(NIGHT)).metrics.timeToDetectMinutes, 4);
});

test('"one problem is fixed" is one of several: the row where the service came back ends it', () => {
  const text = NIGHT.replace('Search returned stale results from 23:10 to 00:40 UTC.', 'Search returned stale results overnight.')
    .replace('- 00:05 UTC - Rebuild restarted on a larger node.', '- 00:05 UTC - Rebuild restarted on a larger node; one problem is fixed.');
  assert.equal(lint(text).metrics.durationMinutes, 90);
});
