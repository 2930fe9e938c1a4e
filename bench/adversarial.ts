/**
 * Inputs built to make a pattern backtrack or a pass go quadratic: each recipe writes a document
 * of about `bytes` characters, in time linear in `bytes` (a generator used to find superlinear code
 * must not be superlinear itself). The benchmark and the unit tests share them.
 */
import { generatePostmortem } from './generate';

export interface Recipe {
  name: string;
  /** What the recipe repeats, for the report. */
  shape: string;
  make(bytes: number): string;
}

/** `unit(i)` repeated until the text reaches `bytes`, joined by `separator`. */
function repeat(bytes: number, unit: (i: number) => string, separator = ''): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day that goes backwards as `i` grows, so every entry is out of order. */
const descending = (i: number) => `${pad(23 - (Math.floor(i / 60) % 24))}:${pad(59 - (i % 60))}`;

export const RECIPES: readonly Recipe[] = [
  { name: 'bold-spaces', shape: '"**" and spaces on one line', make: (n) => '**' + ' '.repeat(n) },
  { name: 'bold-label-spaces', shape: '"**Start Time" and spaces', make: (n) => '**Start Time' + ' '.repeat(n) },
  { name: 'colon-label-spaces', shape: '"Start Time" and spaces, no colon', make: (n) => 'Start Time' + ' '.repeat(n) + 'x' },
  { name: 'angle-brackets', shape: '"<" repeated', make: (n) => '<'.repeat(n) },
  { name: 'open-brackets', shape: '"[" repeated', make: (n) => '['.repeat(n) },
  { name: 'open-links', shape: '"[a](" repeated', make: (n) => repeat(n, () => '[a](') },
  { name: 'underscores', shape: '"_a " repeated', make: (n) => repeat(n, () => '_a ') },
  { name: 'human-error', shape: '"human error " repeated on one line', make: (n) => repeat(n, () => 'human error ') },
  { name: 'named-people', shape: '"@a caused " repeated', make: (n) => repeat(n, () => "@a caused Bob's mistake ") },
  { name: 'clocks-one-line', shape: '"10:15 " repeated on one line', make: (n) => repeat(n, () => '10:15 ') },
  { name: 'recovered-one-line', shape: '"10:15 fully recovered " repeated in a summary', make: (n) => `# T\n\n## Summary\n\n${repeat(n, () => '10:15 fully recovered. ')}\n` },
  { name: 'utc-plus', shape: '"10:00 UTC+" repeated', make: (n) => repeat(n, () => '10:00 UTC+') },
  { name: 'dates-one-line', shape: '"March 11, 2024 " repeated', make: (n) => repeat(n, () => 'March 11, 2024 ') },
  { name: 'wide-table', shape: 'a table of n/8 columns', make: (n) => `## Timeline\n\n${'| a '.repeat(n / 16)}|\n${'|---'.repeat(n / 16)}|\n${'| 10:00 '.repeat(n / 32)}|\n` },
  { name: 'timeline-reversed', shape: 'timeline lines out of order', make: (n) => `# T\n\n## Timeline\n\n${repeat(n, (i) => `- ${descending(i)} UTC step ${i}`, '\n')}\n` },
  { name: 'timeline-headings', shape: '"## Timeline" repeated', make: (n) => repeat(n, () => '## Timeline\n') },
  { name: 'headings', shape: 'distinct headings', make: (n) => repeat(n, (i) => `## Part ${i}\n`) },
  { name: 'impact-lines', shape: '"**Impact:** x" lines', make: (n) => repeat(n, () => '**Impact:** x\n') },
  { name: 'start-lines', shape: '"Start: 10:00 UTC" lines', make: (n) => repeat(n, (i) => `Start: ${descending(i)} UTC\n`) },
  { name: 'front-matter-keys', shape: 'front matter keys', make: (n) => `---\n${repeat(n, (i) => `key${i}: value\n`)}---\n# T\n` },
  { name: 'table-rows', shape: 'timeline table rows', make: (n) => `## Timeline\n\n| Time | Event |\n| --- | --- |\n${repeat(n, (i) => `| ${descending(i)} UTC | event ${i} |\n`)}` },
  { name: 'action-items', shape: 'action items', make: (n) => `## Action Items\n\n${repeat(n, (i) => `- [ ] fix thing ${i}\n`)}` },
  { name: 'blank-lines', shape: 'blank lines', make: (n) => '\n'.repeat(n) },
  { name: 'crlf-lines', shape: 'CR and CRLF lines', make: (n) => repeat(n, (i) => (i % 2 ? 'a\r' : 'b\r\n')) },
  { name: 'deep-list', shape: 'nested list items', make: (n) => repeat(n, (i) => `${'  '.repeat(i % 40)}- 10:${pad(i % 60)} item\n`) },
  { name: 'quotes', shape: '">" nested quotes', make: (n) => repeat(n, (i) => `${'> '.repeat(i % 30)}10:00 x\n`) },
  { name: 'real-postmortem', shape: 'a generated postmortem', make: (n) => generatePostmortem(n) },
];
