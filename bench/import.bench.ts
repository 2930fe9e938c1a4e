/**
 * Every import recipe at 1,000, 2,000, 4,000 and 8,000 events: milliseconds per size and how the
 * time grows when the log doubles (2x is linear, 4x quadratic). The check is on growth, not on a
 * clock, so a busy machine does not fail it.
 *
 *   node out/bench/import.bench.js [--check] [--only name]
 *
 * `--check` exits 1 when a recipe grows more than GROWTH_LIMIT per doubling.
 */
import { importTimeline } from '../server/src/engine';
import { IMPORT_RECIPES, type ImportRecipe } from './importRecipes';

const COUNTS = [1000, 2000, 4000, 8000];
const GROWTH_LIMIT = 3;
/** Times under this are mostly noise: a recipe this fast says nothing about its growth. */
const NOISE_FLOOR_MS = 15;
const NOW = Date.UTC(2026, 2, 4, 18, 0);

/** The best of five imports, the one the rest of the machine disturbed least. */
function bestOfFive(recipe: ImportRecipe, count: number): number {
  const document = recipe.document(count);
  const log = recipe.log(count);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    const outcome = importTimeline(document, log, { now: NOW });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (outcome?.format !== recipe.format) throw new Error(`${recipe.name} was read as ${outcome?.format ?? 'no format'}, not ${recipe.format}`);
  }
  return Math.min(...times);
}

/**
 * Growth per doubling over the whole range: 2 to the slope of log time against log size, fitted
 * through every size, so one disturbed run at either end moves it less than a ratio of the ends.
 */
function growthPerDoubling(ms: readonly number[]): number {
  if (ms[ms.length - 1] < NOISE_FLOOR_MS) return 2;
  const xs = COUNTS.map((count) => Math.log2(count));
  const ys = ms.map((m) => Math.log2(Math.max(m, NOISE_FLOOR_MS / 8)));
  const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [x, y] = [mean(xs), mean(ys)];
  const slope = xs.reduce((sum, xi, i) => sum + (xi - x) * (ys[i] - y), 0) / xs.reduce((sum, xi) => sum + (xi - x) ** 2, 0);
  return 2 ** slope;
}

function main(argv: string[]): number {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  console.log(`| Recipe | ${COUNTS.map((n) => `${n} events, ms`).join(' | ')} | growth per doubling |`);
  console.log(`|---|${COUNTS.map(() => '---:|').join('')}---:|`);
  const steep: string[] = [];
  for (const recipe of IMPORT_RECIPES.filter((r) => !only || r.name === only)) {
    const ms = COUNTS.map((count) => bestOfFive(recipe, count));
    const growth = growthPerDoubling(ms);
    if (growth > GROWTH_LIMIT) steep.push(recipe.name);
    console.log(`| ${recipe.name} | ${ms.map((m) => m.toFixed(1)).join(' | ')} | ${growth.toFixed(2)}x${growth > GROWTH_LIMIT ? ' TOO STEEP' : ''} |`);
  }
  if (steep.length) console.log(`\nGrowth over ${GROWTH_LIMIT}x per doubling: ${steep.join(', ')}`);
  return argv.includes('--check') && steep.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
