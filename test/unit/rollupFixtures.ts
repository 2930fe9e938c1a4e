import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type RollupSource } from '../../server/src/engine';

/** The postmortems in test/fixtures/rollup, which the roll-up's tests and the report's share. */
export const ROLLUP_FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rollup');
/** A fixed day the fixtures are reviewed on: early April 2026, so Jan–Mar are the months before it. */
export const REVIEW_DAY = new Date('2026-04-02T09:00:00Z');

/** Each fixture linted, by file name. */
export function rollupSources(): RollupSource[] {
  return readdirSync(ROLLUP_FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const { document, diagnostics } = lint(readFileSync(join(ROLLUP_FIXTURES, name), 'utf8'));
      return { name, document, diagnostics };
    });
}
