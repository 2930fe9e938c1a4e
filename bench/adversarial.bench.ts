/**
 * Every adversarial recipe at 128 KB, 256 KB, 512 KB and 1 MB: time per MB and how the time grows
 * when the input doubles. A linear pass doubles; a quadratic one quadruples. The check is on
 * growth, not on a clock, so a busy machine does not fail it.
 *
 *   node out/bench/adversarial.bench.js [--check] [--only name] [--large]
 *
 * `--check` exits 1 when a recipe grows more than MAX_GROWTH per doubling; `--large` also reports
 * a real postmortem at 10 MB against the same text at 1 MB (a goal, not checked).
 */
import { lint } from '../server/src/engine';
import { RECIPES, type Recipe } from './adversarial';
import { generatePostmortem } from './generate';

const KB = 1024;
const SIZES = [128 * KB, 256 * KB, 512 * KB, 1024 * KB];
export const MAX_GROWTH = 3;
/** Below this, a time is mostly noise and says nothing about growth. */
const NOISE_MS = 20;

/** The fastest of a few runs: the least disturbed by the rest of the machine. */
function timeLint(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    lint(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

interface Row {
  recipe: Recipe;
  ms: number[];
  msPerMb: number;
  /** Per doubling, over the whole range (geometric mean): steadier than one doubling alone. */
  growth: number;
}

function measure(recipe: Recipe): Row {
  const ms = SIZES.map((bytes) => timeLint(recipe.make(bytes), 3));
  const last = ms[ms.length - 1];
  const growth = last < NOISE_MS ? 2 : Math.pow(Math.max(last, NOISE_MS) / Math.max(ms[0], NOISE_MS / 8), 1 / (SIZES.length - 1));
  return { recipe, ms, msPerMb: last / (SIZES[SIZES.length - 1] / (1024 * KB)), growth };
}

function main(argv: string[]): number {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const check = argv.includes('--check');
  const recipes = RECIPES.filter((r) => !only || r.name === only);
  console.log(`| Recipe | ${SIZES.map((s) => `${s / KB} KB, ms`).join(' | ')} | ms per MB | growth per doubling |`);
  console.log(`| --- | ${SIZES.map(() => '---:').join(' | ')} | ---: | ---: |`);
  const failed: string[] = [];
  for (const recipe of recipes) {
    const row = measure(recipe);
    const verdict = row.growth > MAX_GROWTH ? ' TOO STEEP' : row.msPerMb > 1000 ? ' over 1 s/MB' : '';
    if (row.growth > MAX_GROWTH) failed.push(recipe.name);
    console.log(`| ${recipe.name} | ${row.ms.map((m) => m.toFixed(1)).join(' | ')} | ${row.msPerMb.toFixed(0)} | ${row.growth.toFixed(2)}x${verdict} |`);
  }
  if (argv.includes('--large')) {
    const small = timeLint(generatePostmortem(1024 * KB), 3);
    // Reported, not checked: a 10 MB run is at the mercy of the garbage collector and the machine,
    // so it takes the better of two, as the 1 MB one takes the best of three.
    const large = timeLint(generatePostmortem(10 * 1024 * KB), 2);
    console.log(`\nA real postmortem: 1 MB ${small.toFixed(0)} ms, 10 MB ${large.toFixed(0)} ms: ${(large / small).toFixed(1)}x (goal within 12x${large / small > 12 ? ': MISSED' : ': met'})`);
  }
  if (failed.length) console.log(`\nGrowth over ${MAX_GROWTH}x per doubling: ${failed.join(', ')}`);
  return check && failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
