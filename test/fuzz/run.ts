/**
 * The long fuzz run: `npm run fuzz -- --runs 100000 [--seed n] [--from n]`. Prints the seed, so a
 * failure can be replayed, and the shrunk counterexample, which becomes a fixture or a test.
 * `--from n` starts at the case a failure reports as path "n" (counted from 0), so a run can go
 * on past a failure once it is fixed, or be split across processes.
 */
import fc from 'fast-check';
import { postmortems } from './documents';
import { checkCase } from './invariants';

function option(argv: readonly string[], name: string): number | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : undefined;
}

const argv = process.argv.slice(2);
const runs = option(argv, '--runs') ?? 10_000;
const seed = option(argv, '--seed') ?? Date.now() % 2 ** 31;
const from = option(argv, '--from');
const started = process.hrtime.bigint();
console.log(`fuzz: ${runs} cases, seed ${seed}${from ? `, from case ${from}` : ''}`);
const details = fc.check(fc.property(postmortems, checkCase), { seed, numRuns: runs, includeErrorInReport: true, ...(from ? { path: String(from) } : {}) });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (details.failed) {
  console.log(fc.defaultReportMessage(details));
  process.exitCode = 1;
} else {
  console.log(`fuzz: ${details.numRuns} cases passed in ${seconds.toFixed(0)} s`);
}
