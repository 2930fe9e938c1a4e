import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, scanLine } from '../../server/src/engine';

/** The instant (UTC, ISO) of each time the engine reads on a line, within a dated document. */
function instantsOn(line: string, context = 'Date: March 11, 2024'): string[] {
  const { document } = parseDocument(`${context}\n\n${line}\n`);
  return document.times.filter((t) => t.range.start.line === 2).map((t) => t.iso);
}

const FORMS: ReadonlyArray<[string, string[]]> = [
  ['Detected at 10:15 AM UTC through alerts.', ['2024-03-11T10:15:00Z']],
  ['10:15 UTC - paged', ['2024-03-11T10:15:00Z']],
  ['10:15:30 GMT', ['2024-03-11T10:15:30Z']],
  ['2:00 PM UTC', ['2024-03-11T14:00:00Z']],
  ['at 2 pm UTC', ['2024-03-11T14:00:00Z']],
  ['2024-03-11 10:15 UTC', ['2024-03-11T10:15:00Z']],
  ['2024-03-11T10:15Z', ['2024-03-11T10:15:00Z']],
  ['2024-03-11T12:15:00+02:00', ['2024-03-11T10:15:00Z']],
  ['March 11, 2024, 10:00 AM UTC', ['2024-03-11T10:00:00Z']],
  ['11 March 2024 10:00 UTC', ['2024-03-11T10:00:00Z']],
  ['Monday, March 11th, 2024 at 10:00 AM (UTC)', ['2024-03-11T10:00:00Z']],
  ['**10:15 PST** - alert', ['2024-03-11T18:15:00Z']],
  ['`10:15 EST`', ['2024-03-11T15:15:00Z']],
  ['[10:15 CET]', ['2024-03-11T09:15:00Z']],
  ['10:15 WAT', ['2024-03-11T09:15:00Z']],
  ['10:15 EAT', ['2024-03-11T07:15:00Z']],
  ['10:15 IST', ['2024-03-11T04:45:00Z']],
  ['10:15 UTC+3', ['2024-03-11T07:15:00Z']],
  ['10:15 America/New_York', ['2024-03-11T14:15:00Z']],
  ['10:15 AM UTC on March 12, 2024', ['2024-03-12T10:15:00Z']],
  ['From 9:00 AM to 9:15 AM (UTC)', ['2024-03-11T09:00:00Z', '2024-03-11T09:15:00Z']],
  ['04-12-2022 9:10 AM GMT+1 - rolled back', ['2022-12-04T08:10:00Z']],
  ['17/01/2021 10:00 UTC', ['2021-01-17T10:00:00Z']],
  ['03/14/2024 10:00 UTC', ['2024-03-14T10:00:00Z']],
  ['On 13/10/2023 at 2100hrs WAT', ['2023-10-13T20:00:00Z']],
  ['10:00 Pacific Time', ['2024-03-11T17:00:00Z']],
  ['10:00 AM East Africa Time', ['2024-03-11T07:00:00Z']],
  ['10:00 hours (East Africa Time)', ['2024-03-11T07:00:00Z']],
  ['2:16am ICT-April 1st, 2017', ['2017-03-31T19:16:00Z']],
  ['10:15 WIB', ['2024-03-11T03:15:00Z']],
  ['at around 2.30PM UTC', ['2024-03-11T14:30:00Z']],
  ['2023–02–04 10:15 UTC', ['2023-02-04T10:15:00Z']],
  ['07/Oct/2023 4:05 PM (GMT)', ['2023-10-07T16:05:00Z']],
  ['7-Oct-2023 16:05 UTC', ['2023-10-07T16:05:00Z']],
  ['10, 07, 2023, 4:05 PM UTC', ['2023-10-07T16:05:00Z']],
];

for (const [written, expected] of FORMS) {
  test(`reads "${written}"`, () => {
    assert.deepEqual(instantsOn(written), expected);
  });
}

test('a time without a date takes the last date written above it', () => {
  const { document } = parseDocument('Date: 2024-03-11\n\n## 2024-03-12\n\n- 10:00 UTC paged\n');
  assert.equal(document.times.at(-1)?.iso, '2024-03-12T10:00:00Z');
});

test('a time without a zone takes the zone the document declares', () => {
  const { document } = parseDocument('# Incident\n\nMarch 11, 2024 (all times PST)\n\n## Timeline\n\n- 10:15 alert fired\n');
  const entry = document.timeline[0];
  assert.equal(entry.time.iso, '2024-03-11T18:15:00Z');
  assert.equal(entry.time.zoneSource, 'declared');
});

test('a timeline that crosses midnight moves the later times to the next day', () => {
  const { document } = parseDocument('Date: 2024-03-11\n\n## Timeline\n\n- 23:50 UTC alert fired\n- 00:10 UTC rolled back\n');
  assert.deepEqual(document.timeline.map((e) => e.time.iso), ['2024-03-11T23:50:00Z', '2024-03-12T00:10:00Z']);
  assert.equal(document.timeline[1].time.rolledOver, true);
});

test('a time that goes back by hours stays on its day (it is out of order, not after midnight)', () => {
  const { document } = parseDocument('Date: 2024-03-11\n\n## Timeline\n\n- 14:00 UTC resolved\n- 10:00 UTC alert fired\n');
  assert.deepEqual(document.timeline.map((e) => e.time.iso), ['2024-03-11T14:00:00Z', '2024-03-11T10:00:00Z']);
});

test('an hour over 12 with a meridiem is no time ("8: 14 am")', () => {
  assert.deepEqual(instantsOn('Noticed at 8: 14 am UTC'), []);
});

test('numbers with commas between are a date only when a year of this era ends them', () => {
  assert.deepEqual(scanLine('Retried 3, 4, 5 times, then 12, 30, 150').filter((w) => w.date), []);
  assert.deepEqual(scanLine('On 12, 30, 2023 the queue stalled')[0]?.date, { year: 2023, month: 12, day: 30 });
});

test('things that look like times but are not are left alone', () => {
  for (const text of ['version 1.10:30', 'ratio 3:1', 'listening on :8080', '24/7 support', 'ports 10:15-10:30 are spans']) {
    const found = scanLine(text).filter((w) => w.time && w.zone);
    assert.deepEqual(found, [], text);
  }
});

test('an offset glued to a plain time is a span, not a zone', () => {
  const [first] = scanLine('10:15-10:30 degraded');
  assert.equal(first.zone, undefined);
});

test('impossible dates are not read', () => {
  assert.deepEqual(instantsOn('February 30, 2024 10:00 UTC'), []);
});

test('bare times are read in the zone the document writes its other times in, and still count as zone-less', () => {
  const { document } = parseDocument('Duration: June 20, 2023, 10:00 AM - 2:00 PM (PST)\n\n## Timeline\n\n- 10:05 AM alert fired\n');
  const entry = document.timeline[0];
  assert.equal(entry.time.iso, '2023-06-20T18:05:00Z');
  assert.equal(entry.time.zoneSource, 'default');
});

test('a zone the document states in words covers its bare times', () => {
  const { document } = parseDocument('# Timeline (All in Greenwich Mean Time)\n\nMarch 1, 2024\n\n- 5:30 PM load balancer tuned\n');
  assert.equal(document.declaredZone?.zone, 'Greenwich Mean Time');
  assert.deepEqual(document.timeline.map((e) => [e.time.iso, e.time.zoneSource]), [['2024-03-01T17:30:00Z', 'declared']]);
});

test('a dateless timeline under a start and an end on different days is read on the start\'s day', () => {
  const { document } = parseDocument(
    '**Start:** March 11, 2024, 11:30 PM UTC\n**End:** March 12, 2024, 1:15 AM UTC\n\n## Timeline\n\n- 23:40 UTC alert fired, on-call paged\n- 00:50 UTC rolled back, service restored\n',
  );
  assert.deepEqual(document.timeline.map((e) => e.time.iso), ['2024-03-11T23:40:00Z', '2024-03-12T00:50:00Z']);
  assert.equal(document.metrics.timeToDetectMinutes, 10);
  assert.equal(document.metrics.durationMinutes, 105);
});

test('every time is given as the ISO instant of its milliseconds, across days, zones and years', () => {
  const lines = ['2024-03-11 23:59:59 UTC', '2024-03-12 00:00:00 UTC', '0001-01-01 00:00 UTC', '9999-12-31 23:59:59 UTC', '1970-01-01 00:00 +14:00', '2024-02-29 10:15 America/New_York', '2024-12-31 23:30 -05:00'];
  const { document } = parseDocument(lines.map((l) => `- ${l} event`).join('\n'));
  assert.equal(document.times.length, lines.length);
  for (const time of document.times) {
    const expected = new Date(time.epochMs).toISOString().replace('.000Z', 'Z');
    assert.equal(time.iso, expected, time.text);
  }
});
