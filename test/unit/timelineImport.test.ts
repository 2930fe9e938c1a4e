import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, importTimeline, importedEntryText, lint, readPastedEvents, sortTimeline } from '../../server/src/engine';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'import-fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const expected = JSON.parse(fixture('expected.json')) as Record<string, { format: string; texts: string[] }>;
// A fixed clock: what "today" is must not change what a test reads.
const NOW = Date.UTC(2026, 2, 4, 18, 0);

for (const name of readdirSync(FIXTURES).filter((n) => !/^(README\.md|expected\.json|not-a-log\.txt)$/.test(n))) {
  test(`import fixture ${name} is read in its format, every event in the file's order`, () => {
    const want = expected[name];
    assert.ok(want, `${name} has no expectation in expected.json`);
    const read = readPastedEvents(fixture(name));
    assert.equal(read?.format, want.format);
    assert.deepEqual(read.events.map(importedEntryText), want.texts);
  });
}

test('text that is no log format is left as a plain paste', () => {
  assert.equal(readPastedEvents(fixture('not-a-log.txt')), undefined);
  assert.equal(importTimeline(LIST_DOC, fixture('not-a-log.txt'), { now: NOW }), undefined);
  for (const text of ['', 'hello', '{"a": 1}', '[1, 2]', 'name,age\nDana,40', 'See the runbook at https://example.com/12:30']) {
    assert.equal(readPastedEvents(text), undefined, text);
  }
});

const LIST_DOC = `# Checkout latency

## Summary

Checkout was slow on 2026-03-04 for twenty minutes.

## Timeline

- 14:00 UTC - Deploy of cache config v42 finished
- 14:15 UTC - Sam Okafor: rolling back the cache config & watching
- 14:30 UTC - Incident closed

## Root Cause

A cache config.
`;

function imported(doc: string, pasted: string) {
  const outcome = importTimeline(doc, pasted, { now: NOW });
  assert.ok(outcome?.edit, 'an edit');
  return { outcome, text: applyEdits(doc, [outcome.edit]).text };
}

test('imported entries take their place in time order, written like the list, as one edit', () => {
  const { outcome, text } = imported(LIST_DOC, fixture('slack-export.json'));
  assert.equal(outcome.format, 'slack-json');
  // 14:09 "rolling back" is not the entry at 14:15, which only looks like it: different minute.
  assert.deepEqual(timelineLines(text), [
    '- 14:00 UTC - Deploy of cache config v42 finished',
    '- 14:02 UTC - Dana Reyes: checkout p99 is above 4s, see the dashboard',
    '- 14:09 UTC - Sam Okafor: rolling back the cache config & watching',
    '- 14:15 UTC - Sam Okafor: rolling back the cache config & watching',
    '- 14:21 UTC - Dana Reyes: latency is back under 300ms',
    '- 14:30 UTC - Incident closed',
  ]);
  assert.deepEqual(outcome.added, timelineLines(text).filter((_l, i) => [1, 2, 4].includes(i)));
  assert.deepEqual(sortTimeline(lint(text).document), [], 'the timeline is in order');
});

test('an event the timeline already has, in the same minute, is skipped; importing twice adds nothing', () => {
  const { text } = imported(LIST_DOC, fixture('plain.txt'));
  const again = importTimeline(text, fixture('plain.txt'), { now: NOW });
  assert.equal(again?.added.length, 0);
  assert.equal(again?.skipped, 4);
  assert.equal(again?.edit, undefined);
  const withSlack = importTimeline(text, fixture('slack-copied.txt'), { now: NOW });
  assert.equal(withSlack?.skipped, 0);
});

test('times are converted to the zone the timeline is written in', () => {
  const doc = LIST_DOC.replace(/14:(\d\d) UTC/g, (_m, minute: string) => `6:${minute} AM PST`);
  const { text } = imported(doc, fixture('alertmanager-webhook.json'));
  assert.deepEqual(timelineLines(text).slice(0, 3), [
    '- 6:00 AM PST - Deploy of cache config v42 finished',
    '- 6:01 AM PST - Alert firing: CheckoutLatencyHigh (checkout): Checkout p99 latency above 2s',
    '- 6:15 AM PST - Sam Okafor: rolling back the cache config & watching',
  ]);
  assert.match(timelineLines(text)[3], /^- 6:20 AM PST - Alert resolved/);
});

test('undated times are read in the timeline\'s zone on its day', () => {
  const doc = LIST_DOC.replace(/ UTC/g, ' CET');
  const { text } = imported(doc, fixture('slack-copied.txt'));
  assert.deepEqual(timelineLines(text).slice(0, 2), ['- 14:00 CET - Deploy of cache config v42 finished', '- 14:02 CET - Dana Reyes: checkout p99 is above 4s, looking']);
});

test('a table timeline gets table rows, a pipe in the text escaped', () => {
  const doc = `# Checkout latency\n\n## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n| 2026-03-04 14:00 | Deploy finished |\n| 2026-03-04 14:30 | Incident closed |\n`;
  const { text } = imported(doc, fixture('plain.txt'));
  const rows = text.split('\n').filter((l) => l.startsWith('| 2026'));
  assert.equal(rows.length, 6);
  assert.equal(rows[1], '| 2026-03-04 14:02 | latency alert in #payments |');
  assert.equal(rows[4], '| 2026-03-04 14:20 | latency back to normal |');
  const piped = importTimeline(doc, '14:10 checkout | cart both down', { now: NOW });
  assert.match(piped!.added[0], /checkout \\\| cart both down \|$/);
});

test('CRLF documents keep CRLF, and the edit covers whole lines', () => {
  const doc = LIST_DOC.replace(/\n/g, '\r\n');
  const { outcome, text } = imported(doc, fixture('plain.txt'));
  assert.equal(outcome.edit!.range.start.character, 0);
  assert.equal(outcome.edit!.range.end.character, 0);
  assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
  assert.equal(timelineLines(text.replace(/\r/g, '')).length, 7);
});

test('a document without a timeline gets one, dated entries in UTC', () => {
  const doc = '# Checkout latency\n\n## Summary\n\nCheckout was slow.\n';
  const { text } = imported(doc, fixture('pagerduty-log.csv'));
  assert.match(text, /## Timeline/);
  assert.deepEqual(timelineLines(text)[0], '- 2026-03-04 14:03 UTC - Checkout Monitor: Triggered through the API.');
});

test('undated times that go back across midnight fall on the next day', () => {
  const { outcome } = imported(LIST_DOC, '23:50 first page\n00:10 second page');
  assert.deepEqual(outcome.added, ['- 23:50 UTC - first page', '- 2026-03-05 00:10 UTC - second page']);
});

function timelineLines(text: string): string[] {
  return text.split('\n').filter((line) => /^- |^\| \d/.test(line));
}
