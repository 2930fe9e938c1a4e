import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, postmortemRow, reportView, rollUp, rollUpRows, severityTone, REPORT_MONTHS, type RollupSource } from '../../server/src/engine';
import { REVIEW_DAY, ROLLUP_FIXTURES, rollupSources } from './rollupFixtures';

/** The model of the "Show Report" webview, from the postmortems in test/fixtures/rollup. */
const sources = rollupSources;

function source(name: string, text: string): RollupSource {
  return { name, ...lint(text) };
}

test('the rows the server keeps roll up to what the CLI reads from the documents', () => {
  assert.deepEqual(rollUpRows(sources().map(postmortemRow).reverse(), REVIEW_DAY), rollUp(sources(), REVIEW_DAY));
});

test('the chart has a bar per month from the first incident to this month, quiet months included, stacked by severity', () => {
  const view = reportView(rollUp(sources(), REVIEW_DAY), REVIEW_DAY);
  assert.deepEqual(
    view.months.map((m) => [m.label, m.short, m.total, m.bySeverity.map((s) => `${s.severity}:${s.count}`).join(' ')]),
    [
      ['Jan 2026', 'Jan 2026', 1, 'unknown:1'],
      ['Feb 2026', 'Feb', 1, 'SEV-2:1'],
      ['Mar 2026', 'Mar', 1, 'SEV-1:1'],
      ['Apr 2026', 'Apr', 0, ''],
    ],
  );
  assert.equal(view.maxPerMonth, 1);
  assert.equal(view.undated, 1);
  assert.equal(view.asOf, '2026-04-02');
});

test('a bar stacks its severities most severe first, and an empty month between two incidents stays on the chart', () => {
  const doc = (title: string, date: string, severity: string) => `# ${title}\n\n**Date:** ${date}\n**Severity:** ${severity}\n`;
  const view = reportView(
    rollUp(
      [
        source('a.md', doc('A', '2025-11-03', 'SEV-3')),
        source('b.md', doc('B', '2025-11-20', 'sev 1')),
        source('c.md', doc('C', '2026-01-09', 'High')),
      ],
      REVIEW_DAY,
    ),
    REVIEW_DAY,
  );
  assert.deepEqual(view.months.map((m) => m.month), ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
  assert.deepEqual(view.months.map((m) => m.short), ['Nov 2025', 'Dec', 'Jan 2026', 'Feb', 'Mar', 'Apr']);
  assert.deepEqual(view.months[0].bySeverity, [{ severity: 'SEV-1', tone: 'sev1', count: 1 }, { severity: 'SEV-3', tone: 'sev3', count: 1 }]);
  assert.equal(view.maxPerMonth, 2);
  assert.deepEqual(view.severities, [{ severity: 'SEV-1', tone: 'sev1' }, { severity: 'SEV-3', tone: 'sev3' }, { severity: 'High', tone: 'other' }]);
});

test('the chart keeps a year; older incidents are counted apart', () => {
  const view = reportView(rollUp([source('old.md', '# Old\n\n**Date:** 2020-02-01\n'), source('new.md', '# New\n\n**Date:** 2026-03-01\n')], REVIEW_DAY), REVIEW_DAY);
  assert.equal(view.months.length, REPORT_MONTHS);
  assert.equal(view.months.at(-1)!.month, '2026-04');
  assert.equal(view.earlier, 1);
});

test('time to detect, mitigate and resolve read as the CLI writes them, with the trend and what it compares', () => {
  const view = reportView(rollUp(sources(), REVIEW_DAY), REVIEW_DAY);
  assert.deepEqual(view.timeTo.map((t) => [t.label, t.count, t.mean, t.median, t.p90, t.direction]), [
    ['Time to detect', 4, '24m', '25m', '40m', 'longer'],
    ['Time to mitigate', 4, '51m', '1h', '1h 10m', 'longer'],
    ['Time to resolve', 4, '1h 50m', '1h 30m', '4h', 'longer'],
  ]);
  assert.equal(view.timeTo[0].trend, 'median 30m in 2026-02..2026-04 against 5m in 2025-11..2026-01');
});

test('open action items by owner, overdue first, each pointing at its document and line', () => {
  const view = reportView(rollUp(sources(), REVIEW_DAY), REVIEW_DAY);
  assert.equal(view.owners[0].owner, 'alice');
  assert.equal(view.owners[0].overdue, 2);
  assert.ok(view.owners[0].items.every((i) => i.overdue));
  const item = view.owners[0].items[0];
  const lines = readFileSync(join(ROLLUP_FIXTURES, item.name), 'utf8').split(/\r?\n/);
  assert.ok(lines[item.line].includes('Add a canary stage'), `line ${item.line} of ${item.name} is the item`);
});

test('each postmortem is a row with its severity, duration and title line, newest first', () => {
  const view = reportView(rollUp(sources(), REVIEW_DAY), REVIEW_DAY);
  assert.deepEqual(view.rows.map((r) => [r.name, r.date, r.severity, r.tone, r.duration, r.line]), [
    ['2026-03-11-login-outage.md', '2026-03-11', 'SEV-1', 'sev1', '4h', 0],
    ['2026-02-payments.md', '2026-02-03', 'SEV-2', 'sev2', '1h 30m', 4], // under its front matter
    ['cache-stampede.md', '2026-01-05', 'unknown', 'unknown', '20m', 0],
    ['queue-backlog.md', undefined, 'P2', 'other', '1h 30m', 0],
  ]);
});

test('no postmortems: an empty chart, no figures, nothing to chase', () => {
  const view = reportView(rollUp([], REVIEW_DAY), REVIEW_DAY);
  assert.deepEqual([view.months, view.maxPerMonth, view.owners, view.rows], [[], 0, [], []]);
  assert.deepEqual(view.timeTo.map((t) => [t.count, t.mean, t.direction]), [[0, '-', undefined], [0, '-', undefined], [0, '-', undefined]]);
});

test('severity tones: listed labels by rank, a team word apart from none', () => {
  assert.deepEqual(['SEV-1', 'SEV-5', 'P1', 'unknown'].map(severityTone), ['sev1', 'sev5', 'other', 'unknown']);
});
