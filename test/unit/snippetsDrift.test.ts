import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNIPPETS_FILE, snippetsFileText } from '../../scripts/generateSnippets';
import { repoRoot } from '../../scripts/generateSettings';
import { PRESETS, snippetToText } from '../../server/src/engine';

test('snippets/postmortem.json is what the engine templates generate', () => {
  const onDisk = readFileSync(join(repoRoot(__dirname), SNIPPETS_FILE), 'utf8');
  assert.equal(onDisk, snippetsFileText(), 'snippets are out of date: run `npm run generate:snippets`');
});

test('every preset has a whole-document snippet whose first tab stop is the title', () => {
  const snippets = JSON.parse(snippetsFileText().replace(/^\/\/.*\n/, ''));
  for (const template of PRESETS) {
    const entry = Object.values(snippets).find((s) => (s as { prefix: string }).prefix === `pm-new-${template.id}`) as { body: string[] };
    assert.ok(entry, `no snippet for ${template.id}`);
    assert.match(entry.body[0], /^# Postmortem: \$\{1:/);
    assert.doesNotMatch(snippetToText(entry.body.join('\n')), /\$\{?\d/, 'every tab stop reads as text');
  }
});
