import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';

/** test/fixtures/seed.md is the project's seed document, byte for byte. */
const seed = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed.md'), 'utf8').replace(/\s*<!--\s*expect[^>]*-->/g, '');
const result = lint(seed);

test('the seed is read as the ALX rubric', () => {
  assert.equal(result.template.id, 'alx');
});

test('every section of the seed is found', () => {
  const keys = result.document.allSections.map((s) => s.key).filter(Boolean);
  assert.deepEqual(keys, ['duration', 'impact', 'timeline', 'detection', 'actions-taken', 'misleading-paths', 'escalation', 'root-cause-and-resolution', 'root-cause', 'resolution', 'corrective-measures', 'improvements', 'tasks']);
});

test('the seed runs from 10:00 to 14:00 UTC on 2024-03-11: 240 minutes, detected after 15', () => {
  assert.deepEqual(
    { start: result.metrics.startTime, end: result.metrics.endTime, duration: result.metrics.durationMinutes, detect: result.metrics.timeToDetectMinutes },
    { start: '2024-03-11T10:00:00Z', end: '2024-03-11T14:00:00Z', duration: 240, detect: 15 },
  );
});

test('the seed escalates at 10:45 and 11:30', () => {
  const escalations = result.document.timeline.filter((e) => e.role === 'escalated').map((e) => e.time.iso);
  assert.deepEqual(escalations, ['2024-03-11T10:45:00Z', '2024-03-11T11:30:00Z']);
});

test('the seed has no structure finding', () => {
  const structure = result.diagnostics.filter((d) => /^PM00\d$/.test(d.code));
  assert.deepEqual(structure, []);
});
