import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, generatedFiles } from '../../scripts/generatedFiles';

for (const [path, content] of generatedFiles()) {
  test(`${path} is up to date (run npm run generate)`, () => {
    const file = join(ROOT, path);
    assert.ok(existsSync(file), `${path} is missing`);
    assert.equal(readFileSync(file, 'utf8'), content);
  });
}

test('docs/rules holds a page for each rule and nothing else', () => {
  const expected = [...generatedFiles().keys()].filter((p) => p.startsWith('docs/rules/')).map((p) => p.slice('docs/rules/'.length)).sort();
  assert.deepEqual(readdirSync(join(ROOT, 'docs', 'rules')).sort(), expected);
});
