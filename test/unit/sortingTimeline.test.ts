import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, lint, sortTimeline as sortTimelineEdits } from '../../server/src/engine';

const OUT_OF_ORDER = [
  '# Postmortem: Checkout errors',
  '',
  '## Timeline (all times UTC)',
  '',
  '1. 10:20 - Escalated to the database team',
  '2. 10:05 - Alert fired, on-call paged',
  '   (PagerDuty, high urgency)',
  '',
  '3. 10:45 - Rolled back the deploy',
  '',
].join('\n');

const SORTED = [
  '# Postmortem: Checkout errors',
  '',
  '## Timeline (all times UTC)',
  '',
  '1. 10:05 - Alert fired, on-call paged',
  '   (PagerDuty, high urgency)',
  '2. 10:20 - Escalated to the database team',
  '',
  '3. 10:45 - Rolled back the deploy',
  '',
].join('\n');

test('the timeline-order quick fix carries continuation lines, keeps blank lines in place and renumbers', () => {
  const finding = lint(OUT_OF_ORDER).diagnostics.find((d) => d.code === 'PM015');
  assert.ok(finding?.fix, 'PM015 offers a fix');
  assert.equal(applyEdits(OUT_OF_ORDER, finding.fix.edits).text, SORTED);
});

test('sorting the whole timeline makes the same edit as the quick fix, and none once sorted', () => {
  const { document } = lint(OUT_OF_ORDER);
  assert.equal(applyEdits(OUT_OF_ORDER, sortTimelineEdits(document)).text, SORTED);
  assert.deepEqual(sortTimelineEdits(lint(SORTED).document), []);
});
