import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCalendarDate, rollUp, summarize, trend } from '../../server/src/engine';
import { REVIEW_DAY, rollupSources } from './rollupFixtures';

/** The team's roll-up, computed by the engine from the postmortems in test/fixtures/rollup. */
const sources = rollupSources;

test('one row per postmortem, newest first, undated last', () => {
  const rows = rollUp(sources(), REVIEW_DAY).rows.map((r) => [r.name, r.date, r.title, r.severity, r.durationMinutes, r.timeToDetectMinutes, r.timeToMitigateMinutes, r.timeToResolveMinutes, r.openActionItems.length]);
  assert.deepEqual(rows, [
    ['2026-03-11-login-outage.md', '2026-03-11', 'Login outage', 'SEV-1', 240, 20, 60, 240, 3],
    ['2026-02-payments.md', '2026-02-03', 'Payments delayed', 'SEV-2', 90, 40, 70, 90, 2],
    ['cache-stampede.md', '2026-01-05', 'Cache stampede on January 5, 2026', 'unknown', 20, 5, 15, 20, 1],
    ['queue-backlog.md', undefined, 'Queue backlog', 'P2', 90, 30, 60, 90, 0],
  ]);
});

test('a row counts every finding the lint reported', () => {
  const source = sources()[0];
  assert.equal(rollUp([source], REVIEW_DAY).rows[0].findings, source.diagnostics.length);
});

test('severity: a listed label however spelled, a team word as written, unknown when none is declared', () => {
  const { severities } = rollUp(sources(), REVIEW_DAY);
  assert.deepEqual(severities, ['SEV-1', 'SEV-2', 'P2', 'unknown']);
});

test('incidents per month by severity, oldest month first; undated ones counted apart', () => {
  const { incidentsByMonth, undated } = rollUp(sources(), REVIEW_DAY);
  assert.deepEqual(incidentsByMonth, [
    { month: '2026-01', total: 1, bySeverity: { unknown: 1 } },
    { month: '2026-02', total: 1, bySeverity: { 'SEV-2': 1 } },
    { month: '2026-03', total: 1, bySeverity: { 'SEV-1': 1 } },
  ]);
  assert.equal(undated, 1);
});

test('time to detect: mean, median and 90th percentile over every postmortem that gives it', () => {
  const { detect } = rollUp(sources(), REVIEW_DAY).timeTo;
  assert.deepEqual({ count: detect.count, mean: detect.mean, median: detect.median, p90: detect.p90 }, { count: 4, mean: 24, median: 25, p90: 40 });
});

test('the trend compares the median of the last three months with the three before', () => {
  const { resolve } = rollUp(sources(), REVIEW_DAY).timeTo;
  assert.deepEqual(resolve.trend, {
    recent: { from: '2026-02', to: '2026-04', count: 2, median: 165 },
    previous: { from: '2025-11', to: '2026-01', count: 1, median: 20 },
    direction: 'longer',
  });
});

test('open action items by owner: overdue first, @alice and Alice one person, done items left out', () => {
  const owners = rollUp(sources(), REVIEW_DAY).openActionItems.map((o) => [o.owner, o.overdue, o.items.map((i) => [i.name, i.due, i.overdue])]);
  assert.deepEqual(owners, [
    ['alice', 2, [['2026-03-11-login-outage.md', '2026-01-15', true], ['2026-02-payments.md', 'March 1, 2026', true]]],
    ['(no owner)', 0, [['2026-03-11-login-outage.md', undefined, false]]],
    ['bob', 0, [['2026-03-11-login-outage.md', '2999-01-01', false]]],
    ['carol', 0, [['2026-02-payments.md', undefined, false]]],
    ['dave', 0, [['cache-stampede.md', 'Q3', false]]],
  ]);
});

test('overdue is relative to the day passed in: the same items are on time a year earlier', () => {
  const owners = rollUp(sources(), new Date('2025-04-02T09:00:00Z')).openActionItems;
  assert.equal(owners.reduce((n, o) => n + o.overdue, 0), 0);
});

test('an item due on the review day is not overdue yet', () => {
  const owners = rollUp(sources(), new Date('2026-01-15T23:00:00Z')).openActionItems;
  assert.equal(owners.find((o) => o.owner === 'alice')?.items.find((i) => i.dueDate === '2026-01-15')?.overdue, false);
});

test('no postmortems: empty rows, no figures, no trend direction', () => {
  const rollup = rollUp([], REVIEW_DAY);
  assert.deepEqual(rollup.rows, []);
  assert.deepEqual(rollup.timeTo.detect.count, 0);
  assert.equal(rollup.timeTo.detect.median, undefined);
  assert.equal(rollup.timeTo.detect.trend.direction, undefined);
});

test('summarize: the median of an even count is the middle pair averaged; p90 is nearest-rank', () => {
  assert.deepEqual(summarize([10, 20, 30, 40]), { count: 4, mean: 25, median: 25, p90: 40 });
  assert.deepEqual(summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), { count: 10, mean: 6, median: 6, p90: 9 });
});

test('trend: no direction when a window is empty, "same" when the medians match', () => {
  assert.equal(trend([{ date: '2026-04-01', value: 10 }], REVIEW_DAY).direction, undefined);
  assert.equal(trend([{ date: '2026-04-01', value: 10 }, { date: '2025-12-01', value: 10 }], REVIEW_DAY).direction, 'same');
  assert.equal(trend([{ date: '2026-04-01', value: 5 }, { date: '2025-12-01', value: 10 }], REVIEW_DAY).direction, 'shorter');
});

test('trend windows cross a year boundary', () => {
  const { recent, previous } = trend([], new Date('2026-01-20T00:00:00Z'));
  assert.deepEqual([recent.from, recent.to, previous.from, previous.to], ['2025-11', '2026-01', '2025-08', '2025-10']);
});

test('findCalendarDate reads ISO, month-first and day-first dates, and nothing vague', () => {
  assert.equal(findCalendarDate('due 2026-03-05'), '2026-03-05');
  assert.equal(findCalendarDate('March 5th, 2026'), '2026-03-05');
  assert.equal(findCalendarDate('Sept. 30 2026'), '2026-09-30');
  assert.equal(findCalendarDate('5 Mar 2026'), '2026-03-05');
  assert.equal(findCalendarDate('2026-02-30'), undefined);
  assert.equal(findCalendarDate('Q3'), undefined);
  assert.equal(findCalendarDate('March 5'), undefined);
  assert.equal(findCalendarDate('Marching 5 2026'), undefined);
});
