import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, importTimeline } from '../../server/src/engine';

/** Alertmanager's and Opsgenie's other forms, imported into a timeline written in UTC. */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'import-fixtures');
const NOW = Date.UTC(2026, 2, 4, 18, 0);
const DOC = '# Checkout latency\n\n## Timeline\n\n- 14:00 UTC - Deploy finished\n- 14:30 UTC - Incident closed\n';

function entries(fixture: string): string[] {
  const outcome = importTimeline(DOC, readFileSync(join(FIXTURES, fixture), 'utf8'), { now: NOW });
  assert.ok(outcome?.edit);
  return applyEdits(DOC, [outcome.edit]).text.split('\n').filter((line) => line.startsWith('- '));
}

test('amtool\'s table: each alert at its start, its zone abbreviation converted', () => {
  assert.deepEqual(entries('alertmanager-amtool.txt'), [
    '- 14:00 UTC - Deploy finished',
    '- 14:01 UTC - Alert firing: CheckoutLatencyHigh: Checkout p99 latency above 2s',
    '- 14:04 UTC - Alert firing: CartErrorsHigh',
    '- 14:30 UTC - Incident closed',
  ]);
});

test('Alertmanager\'s API list of alerts: an offset and a fraction of a second read, a suppressed alert still fired', () => {
  assert.deepEqual(entries('alertmanager-api-alerts.json').slice(1, 3), [
    '- 14:01 UTC - Alert firing: CheckoutLatencyHigh (checkout): Checkout p99 latency above 2s',
    '- 14:04 UTC - Alert firing: CartErrorsHigh (cart): Cart 5xx above 1%',
  ]);
});

test('Alertmanager\'s notification title in Slack reads as the alert, from the app without its badge', () => {
  assert.deepEqual(entries('slack-copied-alertmanager.txt').slice(1, 4), [
    '- 14:01 UTC - AlertManager: Alert firing: CheckoutLatencyHigh (checkout page)',
    '- 14:02 UTC - Dana Reyes: looking at it now',
    '- 14:20 UTC - AlertManager: Alert resolved: CheckoutLatencyHigh (checkout page)',
  ]);
});

test('Opsgenie\'s alert log: what happened and who did it, at its time', () => {
  assert.deepEqual(entries('opsgenie-alert-log.json').slice(1, 5), [
    '- 14:03 UTC - System: Alert created via Prometheus',
    '- 14:03 UTC - System: Notified sam@example.com via mobile push',
    '- 14:05 UTC - sam@example.com: Alert acknowledged via web',
    '- 14:22 UTC - sam@example.com: Alert closed via web',
  ]);
});

test('a JSON list that is not of alerts, and a table that is not amtool\'s, are not read as Alertmanager', () => {
  for (const text of ['[{"labels": {"team": "a"}, "startsAt": "2026-03-04T14:00:00Z"}]', 'Alertname  Starts At\nX  2026-03-04 14:00:00 UTC', '{"data": [{"log": "x"}]}']) {
    assert.notEqual(importTimeline(DOC, text, { now: NOW })?.format, 'alertmanager', text);
  }
});
