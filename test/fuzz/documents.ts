/**
 * A fast-check generator of postmortems as people write them, and as they break them: real
 * structure (headings, labels, timelines as lists, tables and sentences, action items, front
 * matter), every time and date form the engine reads, zones in every spelling, CR, LF and CRLF
 * mixed, emoji, tabs, long lines, deep nesting, unclosed front matter and fences.
 */
import fc from 'fast-check';
import type { ConfigFile } from '../../server/src/engine';

const TITLES = [
  'Timeline', 'Summary', 'Issue Summary', 'Impact', 'Root Cause', 'Root Causes', 'Root Cause and Resolution', 'Resolution', 'Detection',
  'Action Items', 'Corrective and Preventative Measures', 'Corrective Measures', 'Lessons Learned', 'What went well', 'Overview',
  'What Happened', 'Contributing Factors', 'Incident summary', 'Fault', 'Response', 'Recovery', 'Escalation', 'Actions Taken',
  'Misleading Paths', 'Tasks', 'Improvements', 'Notes', 'Appendix', 'Timeline (all times UTC)', 'Postmortem: Web outage',
];
const ZONES = ['UTC', 'GMT', 'Z', 'PST', 'PDT', 'EST', 'CET', 'IST', 'JST', 'WAT', 'UTC+5:30', 'GMT-05:00', 'UTC+14', 'UTC-12', '+02:00', 'Europe/Paris', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific Time', 'India Standard Time', 'utc', 'Etc/GMT+5', 'XYZ'];
const SETTING_ZONES = ['', 'UTC', '+05:30', '-08:00', 'utc', 'pst', 'PST', 'Europe/Paris', 'Asia/Kolkata', 'pacific time', 'America/Port-au-Prince', 'Etc/GMT+5', 'Z', 'bogus', 'UTC+5:45'];
const MONTHS = ['January', 'Feb', 'March', 'apr.', 'May', 'June', 'Jul', 'August', 'Sept', 'Oct', 'November', 'Dec'];
const WORDS = [
  'detected', 'alert fired', 'paged on-call', 'resolved', 'mitigated', 'rolled back', 'escalated to DB team', 'acknowledged', 'customers saw errors',
  'human error', 'should have noticed', 'caused by @alice', "Bob's mistake", 'TODO', 'TBD', '[describe the impact]', 'Lorem ipsum', '30% of users',
  'for 45 minutes', 'the deploy', 'blameless', 'git blame', '🔥 outage', '👩‍💻 engineer', 'café', '日本語', 'x', '', 'Start', 'End', 'Duration: 2 hours',
];

const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const clock = fc.record({ h: fc.integer({ min: 0, max: 25 }), m: fc.integer({ min: 0, max: 61 }), s: fc.integer({ min: 0, max: 59 }) }).chain(({ h, m, s }) =>
  fc.constantFrom(
    `${pad(h)}:${pad(m)}`, `${h}:${pad(m)}`, `${((h + 11) % 12) + 1}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`, `${((h + 11) % 12) + 1}${h < 12 ? 'am' : 'pm'}`,
    `${pad(h)}:${pad(m)}:${pad(s)}`, `${pad(h)}${pad(m)}hrs`, `${pad(h)}${pad(m)} hours`, `${((h + 11) % 12) + 1}:${pad(m)} p.m.`,
  ),
);
const date = fc.record({ y: fc.integer({ min: 1999, max: 2031 }), mo: fc.integer({ min: 0, max: 12 }), d: fc.integer({ min: 0, max: 32 }) }).chain(({ y, mo, d }) =>
  fc.constantFrom(`${y}-${pad(mo)}-${pad(d)}`, `${MONTHS[mo % 12]} ${d}, ${y}`, `${d} ${MONTHS[mo % 12]} ${y}`, `${pad(d)}/${pad(mo)}/${y}`, `${MONTHS[mo % 12]} ${d}`),
);
const zone = fc.option(pick(ZONES), { freq: 2 });
const time = fc.tuple(fc.option(date, { freq: 3 }), clock, zone, fc.boolean()).map(([d, c, z, iso]) => {
  if (iso && d && /^\d{4}-/.test(d)) return `${d}T${c.replace(/\s.*/, '')}${z === 'UTC' ? 'Z' : ''}`;
  return [d && `${d},`, c, z].filter(Boolean).join(' ');
});
const words = fc.array(pick(WORDS), { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
const indent = fc.constantFrom('', '', '', ' ', '  ', '\t', '    ', '   '.repeat(4));

const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), pick(TITLES)).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 1, arbitrary: fc.tuple(pick(TITLES), fc.constantFrom('===', '---', '-')).map(([t, u]) => `${t}\n${u}`) },
  { weight: 3, arbitrary: fc.tuple(pick(TITLES), fc.constantFrom('**', '__'), fc.constantFrom(':', '', ' :'), fc.option(fc.oneof(time, words))).map(([t, b, c, v]) => `${b}${t}${c}${b}${v ? ` ${v}` : ''}`) },
  { weight: 2, arbitrary: fc.tuple(pick(TITLES), fc.option(fc.oneof(time, words))).map(([t, v]) => `${t}:${v ? ` ${v}` : ''}`) },
  { weight: 8, arbitrary: fc.tuple(indent, fc.constantFrom('- ', '* ', '1. ', '2) ', '- [ ] ', '- [x] ', ''), fc.constantFrom('', '**', '`'), time, fc.constantFrom(' - ', ' — ', ': ', ' '), words).map(([i, m, b, t, s, w]) => `${i}${m}${b}${t}${b}${s}${w}`) },
  { weight: 3, arbitrary: fc.tuple(time, words, fc.integer({ min: 1, max: 5 })).map(([t, w, n]) => `| ${t} | ${w} |${' x |'.repeat(n - 1)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }).map((n) => `|${' --- |'.repeat(n)}`) },
  { weight: 3, arbitrary: fc.tuple(words, time, words, fc.option(time)).map(([a, t, b, u]) => `${a} at ${t} ${b}${u ? ` until ${u}` : ''}.`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('Start', 'Start Time', 'End', 'End Time', 'Detected', 'Duration', 'Owner', 'Due'), fc.oneof(time, words)).map(([k, v]) => `**${k}:** ${v}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- [ ] ', '- ', '* [x] '), words, fc.constantFrom('', ' (owner: @bob)', ' @carol', ' due 2024-04-01', ' JIRA-123')).map(([m, w, o]) => `${m}Add ${w}${o}`) },
  { weight: 1, arbitrary: fc.constantFrom('All times UTC', '(all times PST)', 'All times are in +05:30', 'Times in Europe/Paris.') },
  { weight: 1, arbitrary: fc.constantFrom('```', '```log', '~~~', '<!--', '-->', '<!-- postmortem-disable-next-line PM013 -->', '<!-- postmortem-disable PM015 -->', '<!-- postmortem-enable PM015 -->', '<!-- postmortem-disable-file word-count -->', '<details>', '</details>', '---', '***', '>', '> > 10:00 quoted', '\\', '[link](http://x)', '![img](x.png)', '<', '**', '_', '[') },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('  - ', '> ', '\t', '  ')).map(([n, u]) => `${u.repeat(n)}10:${pad(n)} nested`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'human error ', '10:15 ', '** ', ' ', '<', '🔥'), fc.integer({ min: 50, max: 600 })).map(([u, n]) => u.repeat(n)) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: words },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const frontMatter = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom('title: Web outage', 'type: postmortem', 'timezone: PST', 'tz: +05:30', 'start: 2024-03-11T10:00:00Z', 'end: 10:00', 'template: google-sre', ': : :', 'a: [1, 2', 'title:', '  - x'), fc.constantFrom('---', '', '...')).map(([k, close]) => `---\n${k}\n${close}\n`),
);

const eol = fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed');

export interface FuzzCase {
  text: string;
  config: ConfigFile;
}

export const postmortems: fc.Arbitrary<FuzzCase> = fc
  .record({
    front: frontMatter,
    lines: fc.array(line, { minLength: 0, maxLength: 40 }),
    eol,
    trailing: fc.boolean(),
    template: fc.constantFrom(undefined, 'alx', 'google-sre', 'pagerduty', 'atlassian'),
    defaultTimeZone: pick(SETTING_ZONES),
    endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }),
  })
  .map(({ front, lines, eol, trailing, template, defaultTimeZone, endings }) => {
    const all = `${front}${lines.join('\n')}${trailing ? '\n' : ''}`.split('\n');
    const text = eol === 'mixed' ? all.map((l, i) => (i < all.length - 1 ? l + endings[i % endings.length] : l)).join('') : all.join(eol);
    const config: ConfigFile = {};
    if (template) config.template = template;
    if (defaultTimeZone) config.defaultTimeZone = defaultTimeZone;
    return { text, config };
  });
