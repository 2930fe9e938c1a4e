/**
 * Deterministic, realistic postmortems of any size for the benchmark: the same seed and size
 * always give the same text. A document keeps the ALX shape (summary, timeline, root cause and
 * resolution, corrective measures) and grows the parts that grow in real incidents: the timeline
 * (one sub-section per day, as list items or a table, in several time formats), the analysis
 * prose, and the action items.
 */

/** mulberry32: a small, fast, seeded PRNG with a good spread for this purpose. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['checkout-api', 'auth-service', 'postgres-primary', 'redis-sessions', 'edge-lb', 'search-indexer', 'payments-gateway', 'notification-worker', 'cdn', 'k8s control plane'];
const TEAMS = ['on-call SRE', 'database team', 'payments team', 'platform team', 'networking team', 'incident commander', 'support lead', 'security on-call'];
const PEOPLE = ['alice', 'bob', 'chen', 'dana', 'emeka', 'farah', 'gus', 'hiro', 'ines', 'jo'];
const SYMPTOMS = [
  'p99 latency rose to {n}00 ms',
  'error rate reached {n}% of requests',
  'connection pool saturated at {n}0 connections',
  'CPU on {service} pinned at 9{n}%',
  'queue depth grew past {n}0k messages',
  'disk usage on {service} hit 9{n}%',
];
const ACTIONS = [
  'The {team} was paged by a monitoring alert for {service}',
  'The {team} acknowledged the page and opened an incident channel',
  'Rolled back the {service} deploy from earlier in the day',
  'Restarted {n} pods of {service}; {symptom} again within minutes',
  'Escalated to the {team} after {symptom}',
  'Suspected a DDoS and inspected edge traffic; traffic was normal (misleading path)',
  'Failed over {service} to the standby replica',
  'Raised the connection limit on {service} from {n}00 to {n}000',
  'Posted an update on the status page: {symptom}',
  'Mitigated by shedding {n}0% of non-critical traffic at the load balancer',
  'Confirmed {service} recovered; {symptom} no longer',
  'Customer support reported {n}0 tickets about failed logins',
];
const ANALYSIS = [
  'The root cause was a configuration change to {service} that lowered its connection limit while traffic was at its weekly peak.',
  'Because the alert for {service} fired only on averages, the {team} did not see the saturation until {symptom}.',
  'The first hypothesis, a DDoS at the edge, cost about {n}0 minutes: edge traffic was within its usual range the whole time.',
  'Retries from the {service} clients multiplied the load by roughly {n}x, which kept the pool saturated after the first restart.',
  'The rollback alone did not help, since the bad setting lived in a config map that the deploy did not own.',
  'Once the {team} failed over {service}, {symptom} and the backlog drained over the next {n}0 minutes.',
];
const TASKS = [
  'Add an alert on connection pool saturation for {service}',
  'Move the {service} connection limit into the reviewed deploy config',
  'Add jitter and a retry budget to the {service} client',
  'Write a runbook for failing over {service}',
  'Load-test {service} at twice the weekly peak',
  'Page the {team} directly for {service} saturation alerts',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Clock {
  /** The next entry's time. */
  date: Date;
  /** The last entry's time. */
  last: Date;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function fill(random: () => number, template: string): string {
  return template
    .replace(/\{symptom\}/g, () => fill(random, pick(random, SYMPTOMS)))
    .replace(/\{service\}/g, () => pick(random, SERVICES))
    .replace(/\{team\}/g, () => pick(random, TEAMS))
    .replace(/\{n\}/g, () => String(1 + Math.floor(random() * 9)));
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const longDate = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const hhmm = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
const twelveHour = (d: Date) => `${d.getUTCHours() % 12 || 12}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;

/** One day of the timeline: a dated sub-heading and its entries, as a list or (one day in four) a table. */
function timelineDay(random: () => number, clock: Clock, entries: number): string[] {
  const lines = [`### ${longDate(clock.date)}`, ''];
  const asTable = random() < 0.25;
  if (asTable) lines.push('| Time (UTC) | Event |', '| --- | --- |');
  const day = clock.date.getUTCDate();
  for (let i = 0; i < entries && clock.date.getUTCDate() === day; i++) {
    const text = fill(random, pick(random, ACTIONS)) + '.';
    const style = random();
    if (asTable) lines.push(`| ${hhmm(clock.date)} | ${text} |`);
    else if (style < 0.4) lines.push(`- ${hhmm(clock.date)} UTC - ${text}`);
    else if (style < 0.7) lines.push(`- **${twelveHour(clock.date)} UTC**: ${text}`);
    else if (style < 0.9) lines.push(`- ${isoDate(clock.date)} ${hhmm(clock.date)} UTC — ${text}`);
    else lines.push(`- ${hhmm(clock.date)} - ${text}`, `  Follow-up: ${fill(random, pick(random, ACTIONS))}.`);
    clock.last = clock.date;
    clock.date = new Date(clock.date.getTime() + (1 + Math.floor(random() * 17)) * 60_000);
  }
  lines.push('');
  return lines;
}

function paragraph(random: () => number): string[] {
  const sentences = 2 + Math.floor(random() * 3);
  return [Array.from({ length: sentences }, () => fill(random, pick(random, ANALYSIS))).join(' '), ''];
}

function task(random: () => number, start: Date, n: number): string {
  const due = new Date(start.getTime() + (7 + Math.floor(random() * 60)) * 86_400_000);
  const done = random() < 0.2 ? 'x' : ' ';
  return `- [${done}] ${fill(random, pick(random, TASKS))} (owner: @${pick(random, PEOPLE)}, due ${isoDate(due)}, INC-${1000 + n})`;
}

const byteLength = (lines: readonly string[]) => lines.reduce((sum, l) => sum + l.length + 1, 0);

/** A postmortem of about `bytes` UTF-16 code units (ASCII, so bytes too), from `seed`. */
export function generatePostmortem(bytes: number, seed = 1): string {
  const random = createRandom(seed);
  const start = new Date(Date.UTC(2024, 2, 11, 9, 12));
  const clock: Clock = { date: new Date(start), last: start };
  const timeline: string[] = [];
  const analysis: string[] = [];
  const tasks: string[] = [];
  // The head and the fixed sections come to about 1.4 KB; the growing parts share the rest.
  const budget = Math.max(0, bytes - 1400);
  while (byteLength(timeline) + byteLength(analysis) + byteLength(tasks) < budget) {
    const grown = byteLength(timeline) + byteLength(analysis) + byteLength(tasks);
    const share = grown === 0 ? 0 : byteLength(timeline) / grown;
    if (share < 0.55) {
      timeline.push(...timelineDay(random, clock, 8 + Math.floor(random() * 30)));
      // The next day starts in the morning, like a long incident's second shift.
      if (clock.date.getUTCHours() > 6) clock.date = new Date(Date.UTC(clock.date.getUTCFullYear(), clock.date.getUTCMonth(), clock.date.getUTCDate() + 1, 7, 3));
    } else if (byteLength(analysis) < byteLength(tasks) * 1.5) {
      analysis.push(...paragraph(random));
    } else {
      tasks.push(task(random, start, tasks.length));
    }
  }
  const end = clock.last;
  const head = [
    `# Postmortem: Checkout outage on ${longDate(start)}`,
    '',
    `**Date:** ${isoDate(start)}  `,
    '**Severity:** SEV-1  ',
    '**Status:** Final  ',
    '**Owner:** @dana',
    '',
    '(all times UTC)',
    '',
    '## Issue Summary',
    '',
    `**Duration:** ${longDate(start)}, ${twelveHour(start)} UTC to ${longDate(end)}, ${twelveHour(end)} UTC`,
    '',
    '**Impact:** Checkout was down or slow for about 38% of users; payments failed for 12% of attempts.',
    '',
    '**Root Cause:** A configuration change lowered the checkout-api connection limit during peak traffic.',
    '',
    '## Timeline',
    '',
  ];
  const middle = ['## Root Cause and Resolution', '', '**Root Cause:**', ''];
  const resolution = ['**Resolution:**', '', 'The connection limit was restored and retries were capped; checkout recovered once the backlog drained.', ''];
  const measures = ['## Corrective and Preventative Measures', '', '**Improvements:**', '', '- Alert on saturation, not averages.', '- Keep runtime limits in reviewed config.', '', '**Tasks:**', ''];
  const lessons = ['', '## Lessons Learned', '', 'Saturation alerts would have shortened detection; the DDoS hypothesis should have been ruled out with one dashboard.', ''];
  return [...head, ...timeline, ...middle, ...analysis, ...resolution, ...measures, ...tasks, ...lessons].join('\n');
}
