import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { applyEdits, importTimeline, importedEntryText, lint } from '../../server/src/engine';

/**
 * Text read from a log is literal: written into a timeline it must not end a table cell, open HTML
 * or a comment, switch rules off, or make code of the entries after it. Each hostile fixture is
 * imported into a list, a table and a paragraph of lines, then read back by the engine and
 * rendered as GitHub would (HTML allowed).
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'import-fixtures');
const HOSTILE = ['hostile-pagerduty.csv', 'hostile-colours.log'];
const NOW = Date.UTC(2026, 2, 4, 18, 0);
const render = (text: string) => new MarkdownIt({ html: true }).render(text);

const SHAPES: Record<string, { doc: string; count: (html: string) => number }> = {
  list: {
    doc: '# Checkout latency\n\n## Timeline\n\n- 14:00 UTC - Deploy finished\n- 14:30 UTC - Incident closed\n\n## Root Cause\n\nA cache config.\n',
    count: (html) => (html.match(/<li>/g) ?? []).length,
  },
  table: {
    doc: '# Checkout latency\n\n## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n| 2026-03-04 14:00 | Deploy finished |\n| 2026-03-04 14:30 | Incident closed |\n\n## Root Cause\n\nA cache config.\n',
    count: (html) => (html.match(/<tr>\n<td>[^]*?<\/td>\n<td>[^]*?<\/td>\n<\/tr>/g) ?? []).length,
  },
  lines: {
    doc: '# Checkout latency\n\n## Timeline\n\n14:00 UTC Deploy finished\n14:30 UTC Incident closed\n\n## Root Cause\n\nA cache config.\n',
    count: (html) => (html.match(/^(?:<p>)?\d{2}:\d{2} UTC /gm) ?? []).length,
  },
};

for (const fixture of HOSTILE) {
  describe(`hostile log ${fixture}`, () => {
    const log = readFileSync(join(FIXTURES, fixture), 'utf8');
    for (const [shape, { doc, count }] of Object.entries(SHAPES)) {
      test(`imported into a ${shape}: every entry read back, nothing rendered as HTML or code across entries`, () => {
        const outcome = importTimeline(doc, log, { now: NOW });
        assert.ok(outcome?.edit);
        const text = applyEdits(doc, [outcome.edit]).text;
        const entries = lint(text).document.timeline;
        assert.equal(entries.length, 2 + outcome.added.length, 'no entry hidden from the reader');
        assert.doesNotMatch(text, /<!--|<[a-z/]/i, 'no comment and no tag in the Markdown');
        const html = render(text);
        assert.equal(count(html), entries.length, 'one list item, table row or line per entry');
        assert.doesNotMatch(html, /<(?:img|script|details|b)\b|<!--/, 'no element from the log');
        for (const code of html.match(/<code>[^]*?<\/code>/g) ?? []) assert.doesNotMatch(code, /\n|\d{2}:\d{2}/, `code spans one entry: ${code}`);
        assert.doesNotMatch(text, /[\x00-\x08\x0b-\x1f\x7f]/, 'no control character');
        assert.equal(importTimeline(text, log, { now: NOW })?.added.length, 0, 'a second import adds nothing');
      });
    }
  });
}

test('a disable comment in a log does not switch a rule off', () => {
  const doc = '# Checkout latency\n\n## Timeline\n\n- 14:00 UTC - Deploy finished\n- 14:30 UTC - Incident closed\n\nThe on-call engineer failed to notice the alert due to human error.\n';
  const before = lint(doc).diagnostics.map((d) => d.code);
  const outcome = importTimeline(doc, '14:10 <!-- postmortem-disable --> pasted from the runbook', { now: NOW });
  const after = lint(applyEdits(doc, [outcome!.edit!]).text).diagnostics.map((d) => d.code);
  assert.ok(before.length > 0, 'the document has findings to lose');
  for (const code of before) assert.ok(after.includes(code), `${String(code)} still reported`);
});

test('escaping is exact: an escaped pipe stays, an escaped backslash before a pipe does not escape it, code spans are kept', () => {
  const written = (text: string) => importedEntryText({ time: { instant: 0 }, text });
  assert.equal(written(String.raw`grep 'a\|b'`), String.raw`grep 'a\|b'`);
  assert.equal(written(String.raw`path C:\\|next`), String.raw`path C:\\\|next`);
  assert.equal(written('ran `make test` twice'), 'ran `make test` twice');
  // Runs pair with the next run of their length, as CommonMark pairs them: the third single one is alone.
  assert.equal(written('a ` b ``c`` d ` e ` f'), 'a ` b ``c`` d ` e \\` f');
  assert.equal(written('a `` b ` c'), 'a \\`\\` b \\` c');
  assert.equal(written('an escaped \\` stays one'), 'an escaped \\` stays one');
  assert.equal(written('a < b, a <= b, x<y'), 'a < b, a <= b, x&lt;y');
});
