import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inTimeline, lint } from '../../server/src/engine';

/** Where "Paste as timeline entries" is offered: in the timeline, and nowhere else. */
const DOC = `# Checkout latency

## Summary

Checkout was slow on 2026-03-04.

## Timeline

- 14:00 UTC - Deploy finished
- 14:30 UTC - Incident closed

## Root Cause

A cache config.
`;

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle));

test('a paste in the timeline section is in the timeline; one in the summary or root cause is not', () => {
  const result = lint(DOC);
  assert.equal(inTimeline(result, lineOf(DOC, '## Timeline') + 1), true);
  assert.equal(inTimeline(result, lineOf(DOC, 'Incident closed')), true);
  assert.equal(inTimeline(result, lineOf(DOC, 'Checkout was slow')), false);
  assert.equal(inTimeline(result, lineOf(DOC, 'A cache config')), false);
});

test('without a timeline section, a paste among the entries or just after them is in the timeline', () => {
  const doc = '# Checkout latency\n\nNotes\n\n- 14:00 UTC - Deploy finished\n- 14:30 UTC - Incident closed\n\nMore prose here.\n\nAnd more.\n';
  const result = lint(doc);
  assert.equal(inTimeline(result, lineOf(doc, 'Deploy finished')), true);
  assert.equal(inTimeline(result, lineOf(doc, 'Incident closed') + 1), true);
  assert.equal(inTimeline(result, lineOf(doc, 'Notes')), false);
  assert.equal(inTimeline(result, lineOf(doc, 'And more')), false);
  assert.equal(inTimeline(lint('# Notes\n\nNothing timed.\n'), 2), false);
});
