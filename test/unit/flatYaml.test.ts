import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { lint } from '../../server/src/engine';

/** Pieces of lines that YAML reads in many ways: words, numbers, booleans, nulls, indicators. */
const piece = fc.constantFrom(
  'title', 'Web', 'outage', 'a', 'y', 'no', 'on', 'true', 'True', 'FALSE', 'null', 'Null', '~', 'NaN', 'Infinity', '.inf',
  '12', '0x1F', '1e3', '2024-03-11', '10:00', 'v1.2', 'a_b', 'a-b', '/x/y', '(UTC)', 'a,b', '-', '#', ' #', ':', ': ', '"q"', "'q'",
  '[1]', '{a: 1}', '&a', '*a', '!tag', '|', '>', '%', '@', '`', '__proto__', 'constructor', ' ', '  ', '\t', 'é',
);
const line = fc.array(piece, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
/** Mostly of the flat form, with a piece that may break it. */
const word = fc.constantFrom('title', 'Web', 'outage', 'a', 'y', 'no', 'on', 'true', 'True', 'null', 'NaN', 'Infinity', 'v1.2', 'a_b', 'a-b', 'x/y', '(UTC)', 'a,b', 'E1', 'constructor');
const keyLine = fc.tuple(word, fc.array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: piece }), { minLength: 1, maxLength: 4 })).map(([key, value]) => `${key}: ${value.join(' ')}`);
const source = fc.array(fc.oneof({ weight: 1, arbitrary: line }, { weight: 6, arbitrary: keyLine }), { minLength: 0, maxLength: 6 }).map((lines) => lines.join('\n'));

/** The front matter the engine reads from `source`. */
function readData(source: string): Record<string, unknown> {
  return lint(`---\n${source}\n---\n# Web outage\n`).document.frontMatter!.data;
}

/** What YAML reads from it, as the engine keeps it: a mapping, else nothing. */
function yamlData(source: string): Record<string, unknown> {
  try {
    const data: unknown = parse(source, { uniqueKeys: false });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Lines of `key: words` alone, which the engine reads without the YAML parser. */
const FLAT = /^(?:[A-Za-z][\w-]*: [A-Za-z][\w.,/()-]*(?: [\w.,/()-]+)*(?:\n|$))+$/;

describe('front matter is read as YAML reads it', () => {
  test('generated front matter, flat and not, gives the mapping YAML gives', () => {
    let flat = 0;
    fc.assert(
      fc.property(source, (text) => {
        // A line of three dashes or dots would close the front matter early.
        fc.pre(!/^\s*(?:---|\.\.\.)\s*$/m.test(text));
        if (FLAT.test(text)) flat++;
        assert.deepEqual(readData(text), yamlData(text));
      }),
      { seed: 11, numRuns: 3000 },
    );
    // The generator must reach front matter of the flat form, not only the rest.
    assert.ok(flat > 300, `${flat} flat cases`);
  });

  test('key and word lines are read, a repeated key keeping its first place and its last value', () => {
    const text = 'title: Web outage on 2024-03-11\nseverity: SEV2\nowner: a-team/web (UTC)\ntitle: Checkout down';
    const data = readData(text);
    assert.deepEqual(data, yamlData(text));
    assert.deepEqual(Object.keys(data), ['title', 'severity', 'owner']);
    assert.equal(data.title, 'Checkout down');
  });

  test('values YAML reads as other than a string keep their type', () => {
    assert.deepEqual(readData('draft: true\nend: Null\ncount: 12\nname: a # note\nq: "b"'), { draft: true, end: null, count: 12, name: 'a', q: 'b' });
  });

  test('front matter YAML warns about is read without a word on stderr', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    lint('---\n**09:00**: Duration: 2 hours\n---\n# Postmortem: x\n');
    // Node emits a warning on a later tick: the listener stays until that tick has passed.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', listen);
    // Only this document's: the property test above warns through `yaml` itself.
    assert.deepEqual(warnings.filter((w) => w.includes('**09:00**')), []);
  });
});
