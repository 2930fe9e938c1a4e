import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTimeline } from '../../server/src/engine';
import { IMPORT_RECIPES } from '../../bench/importRecipes';

/**
 * The import benchmark's recipes, each at 300 events (an import this size once took seconds): read
 * in the format they are meant for, every event added once. The bound is the test's timeout; the
 * benchmark (bench/import.bench.ts) checks how the time grows.
 */
const NOW = Date.UTC(2026, 2, 4, 18, 0);

for (const recipe of IMPORT_RECIPES) {
  test(`import recipe ${recipe.name}: 300 events read as ${recipe.format}`, { timeout: 60_000 }, () => {
    const outcome = importTimeline(recipe.document(300), recipe.log(300), { now: NOW });
    assert.equal(outcome?.format, recipe.format);
    assert.equal(outcome.added.length, recipe.adds(300));
    assert.equal(outcome.added.length + outcome.skipped, 300);
  });
}
