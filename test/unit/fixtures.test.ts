import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lint, resolveConfig, type ConfigFile } from '../../server/src/engine';

/**
 * Each fixture states what it expects: `<!-- expect PM013 PM015 -->` at the end of a line means
 * exactly those findings start on that line, and `<!-- fixture {json} -->` on the first line is
 * the `.postmortemrc.json` it is linted with. Markers are removed before linting.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const EXPECT = /\s*<!--\s*expect\s+([^>]*?)\s*-->/;
const CONFIG = /^<!--\s*fixture\s+(\{.*\})\s*-->$/;

interface Fixture {
  name: string;
  text: string;
  config: ConfigFile;
  expected: string[];
}

function readFixture(name: string): Fixture {
  const raw = readFileSync(join(FIXTURES, name), 'utf8');
  const lines = raw.split(/\r?\n/);
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const configMatch = CONFIG.exec(lines[0]);
  const config = configMatch ? (JSON.parse(configMatch[1]) as ConfigFile) : {};
  const expected: string[] = [];
  const clean = lines.map((line, index) => {
    const m = EXPECT.exec(line);
    if (!m) return line;
    for (const code of m[1].split(/[\s,]+/)) expected.push(`${index + 1}:${code}`);
    return line.replace(EXPECT, '');
  });
  return { name, text: clean.join(eol), config, expected: expected.sort() };
}

function findings(text: string, config: ConfigFile) {
  return lint(text, resolveConfig({}, { config, source: 'fixture' }));
}

for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort()) {
  const fixture = readFixture(name);
  test(`${name} has exactly the findings it marks`, () => {
    const result = findings(fixture.text, fixture.config);
    const actual = result.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`).sort();
    assert.deepEqual(actual, fixture.expected, result.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code} ${d.message}`).join('\n'));
  });

  test(`${name}: each fix removes its finding`, () => {
    const result = findings(fixture.text, fixture.config);
    for (const diagnostic of result.diagnostics.filter((d) => d.fix)) {
      const fixed = applyEdits(fixture.text, diagnostic.fix!.edits).text;
      const after = findings(fixed, fixture.config).diagnostics.filter((d) => d.code === diagnostic.code);
      const before = result.diagnostics.filter((d) => d.code === diagnostic.code);
      assert.ok(after.length < before.length, `${diagnostic.code} at line ${diagnostic.range.start.line + 1} survives its fix "${diagnostic.fix!.title}":\n${fixed}`);
    }
  });
}
