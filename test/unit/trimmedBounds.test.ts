import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimmedBounds } from '../../server/src/engine';

// trimmedBounds stands in for trimStart and trimEnd where a timeline entry's range is made: it must agree with them on every kind of space.
test('trimmedBounds agrees with trimStart and trimEnd', () => {
  const samples = ['', ' ', '\t\t', 'x', '  - 10:00 UTC step  ', '\u00a0x\u3000', '\ufeffa b\u2028', 'a\r', ' \u200b ', '\u2003\u2003'];
  for (const text of samples) {
    const expected = { start: text.length - text.trimStart().length, end: text.trimEnd().length };
    assert.deepEqual(trimmedBounds(text), expected, JSON.stringify(text));
  }
});
