import { lint, rollUp, type Rollup, type RollupSource } from '../engine';
import { EXIT_OK, EXIT_TROUBLE } from './errors';
import { formatStatsCsv } from './formatters/stats/csv';
import { formatStatsJson } from './formatters/stats/json';
import { formatStatsMarkdown } from './formatters/stats/markdown';
import { statsTables } from './formatters/stats/tables';
import { formatStatsText } from './formatters/stats/text';
import type { CliIo } from './io';
import { openRun, readPostmortem, STDIN_ARGUMENT } from './postmortemSources';

export const STATS_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

export interface StatsOptions {
  /** Files, directories, globs and negated globs, as `lint` takes them; none means the working directory. */
  paths: string[];
  format: StatsFormat;
  /** An explicit config file, used for every document instead of the nearest one (as `lint --config`). */
  config?: string;
  /** The moment overdue is measured against and the trend's months end at. */
  now: Date;
}

const FORMATTERS: Record<StatsFormat, (rollup: Rollup, asOf: string) => string> = {
  table: (rollup, asOf) => formatStatsText(statsTables(rollup, asOf)),
  markdown: (rollup, asOf) => formatStatsMarkdown(statsTables(rollup, asOf)),
  csv: (rollup) => formatStatsCsv(rollup),
  json: formatStatsJson,
};

/**
 * `postmortem stats`: the team's roll-up of the postmortems the lint command would check, one row
 * each and the numbers across them. Files that cannot be read are said on stderr and left out of
 * the numbers, and the exit code is 2; otherwise 0, whatever the findings (they are counted, not judged).
 */
export async function statsCommand(options: StatsOptions, io: CliIo): Promise<number> {
  const run = await openRun(options.paths, io, { stdin: options.paths.includes(STDIN_ARGUMENT), config: options.config });
  if (!run) return EXIT_TROUBLE;
  const { list, configs } = run;
  const sources: RollupSource[] = [];
  const troubles = new Set<string>();
  let notPostmortems = 0;
  for (const source of list) {
    const read = await readPostmortem(source, configs);
    if (read.kind === 'trouble') read.problems.forEach((p) => troubles.add(p));
    if (read.kind === 'not-postmortem') notPostmortems++;
    if (read.kind !== 'read') continue;
    try {
      const { document, diagnostics } = lint(read.text, read.config);
      sources.push({ name: source.shown, document, diagnostics });
    } catch (error) {
      // A bug in the engine costs this file, not the roll-up.
      troubles.add(`${source.shown}: could not be read, a bug in postmortem: ${(error as Error)?.message ?? String(error)}`);
    }
  }
  const asOf = options.now.toISOString().slice(0, 10);
  io.stdout(FORMATTERS[options.format](rollUp(sources, options.now), asOf));
  // On stderr, so that a folder with no postmortems says why without spoiling the JSON or CSV.
  if (notPostmortems) io.stderr(`${notPostmortems} other Markdown file${notPostmortems === 1 ? '' : 's'} left alone as not postmortems (see "include" in the README)`);
  troubles.forEach((t) => io.stderr(t));
  return troubles.size ? EXIT_TROUBLE : EXIT_OK;
}
