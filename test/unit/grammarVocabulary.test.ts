import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIFECYCLE_WORDS, ZONE_ABBREVIATIONS } from '../../server/src/engine';
import { repoRoot } from '../../scripts/generateSettings';

interface Rule { match?: string; name?: string; patterns?: Rule[] }

const grammar = JSON.parse(readFileSync(join(repoRoot(__dirname), 'syntaxes/postmortem.injection.tmLanguage.json'), 'utf8'));

/** The grammar's regexes for a repository entry, as JavaScript regexes (the ones used here are compatible). */
function regexes(key: string): RegExp[] {
  const rule: Rule = grammar.repository[key];
  return [rule, ...(rule.patterns ?? [])].filter((r) => r.match).map((r) => new RegExp(`^(?:${r.match})$`));
}

test('the grammar highlights every zone abbreviation the engine reads', () => {
  const zone = regexes('zone');
  // `Z` is only a zone glued to an ISO time, which the iso-date-time rule covers.
  for (const abbreviation of ZONE_ABBREVIATIONS.filter((z) => z !== 'Z')) {
    assert.ok(zone.some((r) => r.test(abbreviation)), `${abbreviation} is not highlighted as a zone`);
  }
});

test('the grammar highlights every lifecycle word the engine knows', () => {
  const lifecycle = [...regexes('lifecycle-word'), ...regexes('lifecycle-marker')];
  for (const word of Object.values(LIFECYCLE_WORDS).flat()) {
    assert.ok(lifecycle.some((r) => r.test(word)), `${word} is not highlighted as a lifecycle marker`);
  }
});
