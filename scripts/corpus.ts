/**
 * Reads every postmortem in a folder and reports how much of each the engine understood:
 * `npm run corpus -- ../shared/corpus [--verbose]`. Where the folder holds a `labels.json`, it
 * also prints how the reading agrees with a reviewer's (`--verbose` lists each miss). Exits
 * non-zero only if a document crashes the engine, so CI can run it over real documents without
 * judging their quality.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isPresent, lint, sectionsByKey, type LintResult } from '../server/src/engine';
import { formatScore, scoreLabelled, type Label } from './labelledReading';

interface Reading {
  file: string;
  requiredFound: number;
  required: number;
  timeline: number;
  start: boolean;
  end: boolean;
  duration: boolean;
  detect: boolean;
  errors: number;
}

function read(file: string, result: LintResult): Reading {
  const found = sectionsByKey(result.document);
  const required = result.template.sections.filter((s) => s.required);
  return {
    file,
    requiredFound: required.filter((s) => isPresent(s, found)).length,
    required: required.length,
    timeline: result.document.timeline.length,
    start: !!result.document.start,
    end: !!result.document.end,
    duration: result.metrics.durationMinutes !== undefined,
    detect: result.metrics.timeToDetectMinutes !== undefined,
    errors: result.diagnostics.filter((d) => d.severity === 'error').length,
  };
}

function main(): number {
  const dir = process.argv[2];
  const verbose = process.argv.includes('--verbose');
  if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: npm run corpus -- <folder of postmortems> [--verbose]');
    return 2;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const readings: Reading[] = [];
  const results = new Map<string, LintResult>();
  let crashed = 0;
  for (const name of files) {
    try {
      const result = lint(readFileSync(join(dir, name), 'utf8'));
      results.set(name, result);
      readings.push(read(join(dir, name), result));
    } catch (error) {
      crashed++;
      console.error(`CRASH ${name}: ${(error as Error).stack}`);
    }
  }
  const count = (pick: (r: Reading) => boolean) => readings.filter(pick).length;
  const pct = (n: number) => `${n}/${files.length} (${Math.round((100 * n) / Math.max(1, files.length))}%)`;
  console.log(`documents:                   ${files.length}, crashed: ${crashed}`);
  console.log(`all required sections found: ${pct(count((r) => r.requiredFound === r.required))}`);
  console.log(`timeline entries found:      ${pct(count((r) => r.timeline > 0))} (${readings.reduce((n, r) => n + r.timeline, 0)} entries)`);
  console.log(`start found:                 ${pct(count((r) => r.start))}`);
  console.log(`end found:                   ${pct(count((r) => r.end))}`);
  console.log(`duration computed:           ${pct(count((r) => r.duration))}`);
  console.log(`time to detect computed:     ${pct(count((r) => r.detect))}`);
  console.log(`documents with an error:     ${pct(count((r) => r.errors > 0))}`);
  if (verbose) {
    for (const r of readings) {
      const misses = [
        r.requiredFound < r.required && `sections ${r.requiredFound}/${r.required}`,
        r.timeline === 0 && 'no timeline',
        !r.start && 'no start',
        !r.end && 'no end',
        !r.detect && 'no detect',
      ].filter(Boolean);
      if (misses.length) console.log(`  ${r.file}: ${misses.join(', ')}`);
    }
  }
  const labelFile = join(dir, 'labels.json');
  if (existsSync(labelFile)) {
    const labels = JSON.parse(readFileSync(labelFile, 'utf8')) as Label[];
    const score = scoreLabelled(labels, (file) => results.get(file) ?? lintFile(join(dir, file)));
    console.log(formatScore(basename(dir), score));
    if (verbose) for (const miss of score.misses) console.log(`  ${miss}`);
  }
  return crashed ? 1 : 0;
}

/** A labelled file the folder listing skipped (one without the .md ending). */
function lintFile(path: string): LintResult | undefined {
  return existsSync(path) ? lint(readFileSync(path, 'utf8')) : undefined;
}

process.exitCode = main();
