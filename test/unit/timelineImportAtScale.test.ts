import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, importTimeline, lint, sortTimeline, timelineEntryInsertion } from '../../server/src/engine';

/**
 * Import writes every entry against one reading of the document. These tests hold it to what
 * inserting the entries one at a time, reading the document again after each, writes.
 */
const NOW = Date.UTC(2026, 2, 4, 18, 0);
const DAY = Date.UTC(2026, 2, 4);

const LIST_DOC = `# Checkout latency

## Summary

Checkout was slow on 2026-03-04.

## Timeline

- 09:00 UTC - Deploy of cache config v42 finished
- 11:30 UTC - Latency alert fired
  with a second line that belongs to the entry
- 11:30 UTC - Rolled back
- 16:45 UTC - Incident closed

## Root Cause

A cache config.
`;

const TABLE_DOC = `# Checkout latency

## Timeline

| Time (UTC) | Event |
| --- | --- |
| 2026-03-04 09:00 | Deploy finished |
| 2026-03-04 16:45 | Incident closed |

## Root Cause

A cache config.
`;

const NO_TIMELINE_DOC = '# Checkout latency\n\n## Summary\n\nCheckout was slow.\n';

/** Events every 17 minutes from 06:00 to past midnight: before, between, on and after the entries. */
function events(count: number): { epochMs: number; text: string }[] {
  return Array.from({ length: count }, (_v, i) => ({ epochMs: DAY + 6 * 3_600_000 + i * 17 * 60_000, text: `worker ${i % 5} reported step ${i}` }));
}

const isoLog = (list: { epochMs: number; text: string }[]) => list.map((e) => `${new Date(e.epochMs).toISOString()} ${e.text}`).join('\n');

function oneAtATime(doc: string, list: { epochMs: number; text: string }[]): string {
  let text = doc;
  for (const event of [...list].sort((a, b) => a.epochMs - b.epochMs)) {
    text = applyEdits(text, [timelineEntryInsertion(lint(text), event.epochMs, event.text)]).text;
  }
  return text;
}

function importAll(doc: string, list: { epochMs: number; text: string }[]): { text: string; added: string[] } {
  const outcome = importTimeline(doc, isoLog(list), { now: NOW });
  assert.ok(outcome?.edit, 'an edit');
  return { text: applyEdits(doc, [outcome.edit]).text, added: outcome.added };
}

for (const [name, doc] of [['a list', LIST_DOC], ['a table', TABLE_DOC], ['no timeline', NO_TIMELINE_DOC]]) {
  test(`importing 70 events into ${name} writes what inserting them one at a time writes`, () => {
    const list = events(70);
    const { text, added } = importAll(doc, list);
    assert.equal(text, oneAtATime(doc, list));
    assert.equal(added.length, 70);
    assert.deepEqual(sortTimeline(lint(text).document), [], 'the timeline is in order');
  });
}

test('events pasted in reverse order are written in time order', () => {
  const list = events(40);
  assert.equal(importAll(LIST_DOC, [...list].reverse()).text, oneAtATime(LIST_DOC, list));
});

test('an event at the same minute as a multi-line entry goes after its last line', () => {
  const { text } = importAll(LIST_DOC, [{ epochMs: DAY + 11.5 * 3_600_000, text: 'status page updated' }]);
  assert.match(text, /fired\n {2}with a second line that belongs to the entry\n- 11:30 UTC - Rolled back\n- 11:30 UTC - status page updated\n/);
});

test('the same event pasted twice in a minute is written once', () => {
  const at = DAY + 12 * 3_600_000;
  const { added } = importAll(LIST_DOC, [{ epochMs: at, text: 'paged on-call' }, { epochMs: at + 20_000, text: 'Paged on-call!' }, { epochMs: at, text: 'paged the database team' }]);
  assert.deepEqual(added, ['- 12:00 UTC - paged on-call', '- 12:00 UTC - paged the database team']);
});

test('an import of 3,000 events into a 3,000-entry timeline finishes and keeps the timeline in order', () => {
  const big = LIST_DOC.replace('- 16:45 UTC', `${events(3000).map((e) => `- ${new Date(e.epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC - existing ${e.text}`).join('\n')}\n- 16:45 UTC`);
  const { text, added } = importAll(big, events(3000).map((e) => ({ ...e, epochMs: e.epochMs + 60_000 })));
  assert.equal(added.length, 3000);
  assert.deepEqual(sortTimeline(lint(text).document), []);
});

test('a log of 200,000 lines into a document without dates is imported, not a stack overflow', { timeout: 180_000 }, () => {
  const doc = '# Checkout latency\n\n## Timeline\n\n- 10:00 - start\n';
  const log = Array.from({ length: 200_000 }, (_v, i) => `2026-03-04T10:${String(i % 60).padStart(2, '0')}:00Z step ${i}`).join('\n');
  assert.equal(importTimeline(doc, log, { now: NOW })?.added.length, 200_000);
});
