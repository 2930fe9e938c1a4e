/**
 * The engine's `lint(text)` against markdownlint's default rules on the same generated
 * postmortems (5 KB to 10 MB), in one run: medians, the speed ratio, linearity, peak RSS.
 * Run with `npm run bench`; results also go to bench/results/latest.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from '../server/src/engine';
import { generatePostmortem } from './generate';

interface Size {
  label: string;
  bytes: number;
  /** Warm-up and measured runs: fewer for the big sizes. */
  warmup: number;
  runs: number;
}

const SIZES: readonly Size[] = [
  { label: '5 KB', bytes: 5 * 1024, warmup: 50, runs: 300 },
  { label: '100 KB', bytes: 100 * 1024, warmup: 10, runs: 40 },
  { label: '1 MB', bytes: 1024 * 1024, warmup: 2, runs: 9 },
  { label: '10 MB', bytes: 10 * 1024 * 1024, warmup: 1, runs: 3 },
];

const GOALS = { ratio: 5, smallMs: 2, linearity: 12 };

type MarkdownlintSync = (options: { strings: Record<string, string> }) => Record<string, unknown[]>;

/** markdownlint is ESM-only; TypeScript's CommonJS output would turn a plain `import()` into `require()`. */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ lint: MarkdownlintSync }>;

/** A full collection before each run, so one run's garbage is not billed to the next. */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(size: Size, run: () => number): { medianMs: number; findings: number } {
  let findings = 0;
  for (let i = 0; i < size.warmup; i++) findings = run();
  const times: number[] = [];
  for (let i = 0; i < size.runs; i++) {
    gc();
    const start = process.hrtime.bigint();
    findings = run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { medianMs: median(times), findings };
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

async function main(): Promise<void> {
  const markdownlint = (await importEsm('markdownlint/sync')).lint;
  const texts = SIZES.map((size) => generatePostmortem(size.bytes, 42));
  const baselineRss = peakRssMb();

  // Ours first, smallest to largest, so the peak RSS after each size is ours alone.
  const ours = SIZES.map((size, i) => {
    const result = measure(size, () => lint(texts[i]).diagnostics.length);
    const timeline = lint(texts[i]).document.timeline.length;
    const rss = peakRssMb();
    console.error(`ours         ${size.label.padStart(6)}: ${ms(result.medianMs)} ms (timeline entries: ${timeline})`);
    return { ...result, rss, timeline };
  });
  const theirs = SIZES.map((size, i) => {
    const result = measure(size, () => markdownlint({ strings: { doc: texts[i] } }).doc.length);
    console.error(`markdownlint ${size.label.padStart(6)}: ${ms(result.medianMs)} ms`);
    return result;
  });

  const rows = SIZES.map((size, i) => {
    const ratio = theirs[i].medianMs / ours[i].medianMs;
    const goals = [ratio >= GOALS.ratio ? 'ok' : `MISSED (<${GOALS.ratio}x)`];
    if (i === 0) goals.push(ours[i].medianMs < GOALS.smallMs ? `ok (<${GOALS.smallMs} ms)` : `MISSED (>=${GOALS.smallMs} ms)`);
    return `| ${size.label} | ${texts[i].length.toLocaleString('en-US')} | ${ours[i].timeline.toLocaleString('en-US')} | ${size.runs} | ${ms(ours[i].medianMs)} | ${ms(theirs[i].medianMs)} | ${ratio.toFixed(1)}x | ${goals.join(', ')} |`;
  });
  const oneMb = SIZES.findIndex((s) => s.label === '1 MB');
  const tenMb = SIZES.findIndex((s) => s.label === '10 MB');
  const linearity = ours[tenMb].medianMs / ours[oneMb].medianMs;
  const report = [
    '# Engine benchmark',
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} · markdownlint 0.40.0 (default rules)`,
    '',
    '| Size | Characters | Timeline entries | Runs | Ours, median ms | markdownlint, median ms | markdownlint / ours | Goal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `Linearity: 10 MB takes ${linearity.toFixed(1)}x the time of 1 MB (goal: within ${GOALS.linearity}x): ${linearity <= GOALS.linearity ? 'ok' : 'MISSED'}.`,
    '',
    `Peak RSS: ${baselineRss.toFixed(0)} MB before linting; after ours at each size ${ours.map((o, i) => `${SIZES[i].label} ${o.rss.toFixed(0)} MB`).join(', ')}; ` +
      `${peakRssMb().toFixed(0)} MB after markdownlint (the process peak; it includes both).`,
    '',
  ].join('\n');
  console.log(report);
  const dir = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), report);
  console.error(`written to ${join(dir, 'latest.md')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
