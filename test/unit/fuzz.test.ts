import { test } from 'node:test';
import fc from 'fast-check';
import { postmortems } from '../fuzz/documents';
import { checkCase } from '../fuzz/invariants';

/**
 * A fixed seed, so a failure here is the same failure on every machine; the long run with fresh
 * seeds is `npm run fuzz -- --runs 100000` (bench/README.md).
 */
test('2,000 generated postmortems hold every invariant (seed 8)', () => {
  fc.assert(fc.property(postmortems, checkCase), { seed: 8, numRuns: 2000, includeErrorInReport: true });
});
