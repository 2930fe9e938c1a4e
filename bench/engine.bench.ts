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
import { lint, parseDocument, RULES } from '../server/src/engine';
import { generatePostmortem } from './generate';

interface Size {
  label: string;
  bytes: number;
  /** Warm-up and measured runs: fewer for the big sizes. */
  warmup: number;
  runs: number;
  /**
   * A full collection before each run, so one run's hundreds of MB of garbage are not billed to
   * the next. Not for small sizes: a forced collection costs the next run more than it saves.
   */
  gcEachRun: boolean;
}

const SIZES: readonly Size[] = [
  { label: '5 KB', bytes: 5 * 1024, warmup: 500, runs: 500, gcEachRun: false },
  { label: '100 KB', bytes: 100 * 1024, warmup: 40, runs: 40, gcEachRun: false },
  { label: '1 MB', bytes: 1024 * 1024, warmup: 2, runs: 9, gcEachRun: true },
  { label: '10 MB', bytes: 10 * 1024 * 1024, warmup: 1, runs: 3, gcEachRun: true },
];

const GOALS = { ratio: 5, smallMs: 2, linearity: 12 };

type MarkdownlintSync = (options: { strings: Record<string, string> }) => Record<string, unknown[]>;

/** markdownlint is ESM-only; TypeScript's CommonJS output would turn a plain `import()` into `require()`. */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ lint: MarkdownlintSync }>;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Timing {
  /** Median wall-clock time of one run. */
  wallMs: number;
  /** Median CPU time of one run (user + system, all threads, so parallel garbage collection counts): a check on a busy machine. */
  cpuMs: number;
  findings: number;
}

function measure(size: Size, run: () => number): Timing {
  let findings = 0;
  gc();
  for (let i = 0; i < size.warmup; i++) findings = run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < size.runs; i++) {
    if (size.gcEachRun) gc();
    const startCpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    findings = run();
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu), findings };
}

interface Breakdown {
  /** parseDocument, choosing the template itself. */
  parseMs: number;
  /** What choosing the template adds: parsing with it chosen, against parsing with it given. */
  chooseMs: number;
  /** Each rule's check alone on the parsed document, costliest first. */
  rules: Array<{ rule: string; ms: number }>;
}

/** Where the engine's time goes on one text: parsing, choosing the template, each rule. */
function breakdown(size: Size, text: string): Breakdown {
  const parseMs = measure(size, () => parseDocument(text).document.lines.length).wallMs;
  const { document, template } = parseDocument(text);
  const givenMs = measure(size, () => parseDocument(text, { template }).document.lines.length).wallMs;
  const rules = RULES.map((rule) => {
    let found = 0;
    const check = () => {
      rule.check({ document, template, options: rule.defaultOptions, report: () => found++ });
      return found;
    };
    return { rule: `${rule.id} ${rule.alias}`, ms: measure(size, check).wallMs };
  });
  return { parseMs, chooseMs: parseMs - givenMs, rules: rules.sort((a, b) => b.ms - a.ms) };
}

function describe(label: string, cost: Breakdown): string {
  const total = cost.rules.reduce((sum, r) => sum + r.ms, 0);
  return (
    `- ${label}: parsing ${ms(cost.parseMs)} ms (choosing the template: ${ms(cost.chooseMs)} ms of it); all rules ${ms(total)} ms, ` +
    `the costliest ${cost.rules.slice(0, 4).map((r) => `${r.rule} ${ms(r.ms)} ms`).join(', ')}.`
  );
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
    console.error(`ours         ${size.label.padStart(6)}: ${ms(result.wallMs)} ms wall, ${ms(result.cpuMs)} ms CPU (timeline entries: ${timeline})`);
    return { ...result, rss, timeline };
  });
  const theirs = SIZES.map((size, i) => {
    const result = measure(size, () => markdownlint({ strings: { doc: texts[i] } }).doc.length);
    console.error(`markdownlint ${size.label.padStart(6)}: ${ms(result.wallMs)} ms wall, ${ms(result.cpuMs)} ms CPU`);
    return result;
  });

  const oneMb = SIZES.findIndex((s) => s.label === '1 MB');
  const tenMb = SIZES.findIndex((s) => s.label === '10 MB');
  const smallCost = breakdown({ ...SIZES[0], warmup: 20, runs: 200 }, texts[0]);
  const bigCost = breakdown({ ...SIZES[oneMb], warmup: 1, runs: 5 }, texts[oneMb]);
  console.error(`breakdown: parse ${ms(smallCost.parseMs)} ms at 5 KB, ${ms(bigCost.parseMs)} ms at 1 MB`);

  const rows = SIZES.map((size, i) => {
    const ratio = theirs[i].wallMs / ours[i].wallMs;
    const goals = [ratio >= GOALS.ratio ? 'ok' : `MISSED (<${GOALS.ratio}x)`];
    if (i === 0) goals.push(ours[i].wallMs < GOALS.smallMs ? `ok (<${GOALS.smallMs} ms)` : `MISSED (>=${GOALS.smallMs} ms)`);
    const cells = [
      size.label,
      texts[i].length.toLocaleString('en-US'),
      ours[i].timeline.toLocaleString('en-US'),
      String(size.runs),
      `${ms(ours[i].wallMs)} (${ms(ours[i].cpuMs)})`,
      `${ms(theirs[i].wallMs)} (${ms(theirs[i].cpuMs)})`,
      `${ratio.toFixed(1)}x (${(theirs[i].cpuMs / ours[i].cpuMs).toFixed(1)}x)`,
      goals.join(', '),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const linearity = ours[tenMb].wallMs / ours[oneMb].wallMs;
  const report = [
    '# Engine benchmark',
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} · markdownlint 0.40.0 (default rules)`,
    '',
    'Medians in ms of wall-clock time (CPU time of all threads, garbage collection included, in parentheses). ' +
      'Goals: markdownlint / ours at least 5x at every size; ours under 2 ms at 5 KB; 10 MB within 12x of 1 MB.',
    '',
    '| Size | Characters | Timeline entries | Runs | Ours | markdownlint | markdownlint / ours | Goal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `Linearity: 10 MB takes ${linearity.toFixed(1)}x the time of 1 MB (goal: within ${GOALS.linearity}x): ${linearity <= GOALS.linearity ? 'ok' : 'MISSED'}.`,
    '',
    `Peak RSS: ${baselineRss.toFixed(0)} MB before linting; after ours at each size ${ours.map((o, i) => `${SIZES[i].label} ${o.rss.toFixed(0)} MB`).join(', ')}; ` +
      `${peakRssMb().toFixed(0)} MB after markdownlint (the process peak; it includes both).`,
    '',
    'Where the time goes (medians; each rule timed alone on the parsed document):',
    '',
    describe(SIZES[0].label, smallCost),
    describe(SIZES[oneMb].label, bigCost),
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
