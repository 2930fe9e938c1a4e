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
