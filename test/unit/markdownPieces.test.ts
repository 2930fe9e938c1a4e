import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseMarkdown, splitLines } from '../../server/src/engine';
import { postmortems } from '../fuzz/documents';

/**
 * Large documents are parsed in pieces that end at a heading at the margin. Read in pieces of a
 * few lines, where nearly every such heading ends one, a document must have the structure it has
 * when read whole.
 */
const PIECES = [1, 2, 3, 7];

function assertPiecesReadAsWhole(text: string, name: string): void {
  const lines = splitLines(text);
  const whole = parseMarkdown(lines, Infinity);
  for (const pieceLines of PIECES) assert.deepStrictEqual(parseMarkdown(lines, pieceLines), whole, `${name}, pieces of ${pieceLines} lines`);
}

/** Blocks that a heading at the margin does not end, or ends, around such headings. */
const CASES: Record<string, string> = {
  'a fence whose shell comments start at the margin': '# Timeline\n\n```sh\n# restart the pool\nsystemctl restart db\n# check it\n```\n\n## Root cause\n\nText.\n',
  'a tilde fence holding a backtick fence': '# A\n\n~~~~\n```\n# not a heading\n~~~\n# still code\n~~~~\n# B\n',
  'a fence never closed': '# A\n\ntext\n\n```\n# in code\n\n# in code too\nline\n# last\n',
  'a fence closed on the last line': '# A\n```\n# code\n```',
  'a fence in a list, closed by the heading': '# A\n\n- item\n  ```\n  code\n# B\n\n```\n# code again\n```\n# C\n',
  'a fence in a quote, closed by the heading': '# A\n> ```\n> code\n# B\n',
  'an HTML comment across headings': '# A\n\n<!--\n# Template note\nfill in\n\n# More\n-->\n# B\n',
  'a div with a heading line and no blank line': '# A\n<div>\n# inside\n</div>\n\n# B\n',
  'a script block': '# A\n<script>\n# x\n\n# y\n</script>\n# B\n',
  'a table, a list and a quote ended by headings': '# A\n| a | b |\n| - | - |\n| 1 | 2 |\n# B\n- x\n  y\n# C\n> q\n# D\ntext\n# E\n',
  'setext headings and indented code': '# A\nTitle\n=====\n\n    code\n# B\nSub\n---\n',
  'front matter with a comment at the margin': '---\n# owner: sre\ntitle: x\n---\n# A\n\ntext\n# B\n',
  'runs of blank lines between pieces': '# A\n\n\n\n\n```\n\n\n\n# code\n```\n\n\n\n# B\n\n\n\n',
  'headings with no text and with a tab': '#\n#\ttabbed\n##\n# A\n',
  'CRLF line ends': '# A\r\n```\r\n# code\r\n```\r\n# B\r\ntext\r\n',
};

for (const [name, text] of Object.entries(CASES)) {
  test(`read in pieces as read whole: ${name}`, () => assertPiecesReadAsWhole(text, name));
}

test('read in pieces as read whole: every fixture, reading fixture and the seed', () => {
  const root = path.join(__dirname, '../../..');
  const folders = ['test/fixtures', 'test/reading', 'test/lsp-fixtures'].map((f) => path.join(root, f));
  const files = folders.filter((f) => fs.existsSync(f)).flatMap((f) => fs.readdirSync(f).filter((n) => n.endsWith('.md')).map((n) => path.join(f, n)));
  const seed = path.join(root, '../shared/seed/postmortem-seed.md');
  if (fs.existsSync(seed)) files.push(seed);
  assert.ok(files.length > 50, `only ${files.length} files found`);
  for (const file of files) assertPiecesReadAsWhole(fs.readFileSync(file, 'utf8'), path.basename(file));
});

test('read in pieces as read whole: 500 generated postmortems (seed 12)', () => {
  fc.assert(fc.property(postmortems, ({ text }) => assertPiecesReadAsWhole(text, 'generated')), { seed: 12, numRuns: 500 });
});
