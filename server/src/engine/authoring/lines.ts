import { DateTime } from 'luxon';
import { toLuxonZone } from '../time/zones';

/** The last line of a block that is not blank, so folds, outlines and insertions do not swallow the gap before the next section. */
export function lastContentLine(lines: readonly string[], from: number, endExclusive: number): number {
  let last = endExclusive - 1;
  while (last > from && (lines[last] ?? '').trim() === '') last--;
  return Math.max(from, last);
}

/** An instant as wall-clock time in a zone written as the document writes it (`UTC`, `PST`, `Europe/Paris`). */
export function inZone(epochMs: number, writtenZone: string): DateTime {
  return DateTime.fromMillis(epochMs, { zone: toLuxonZone(writtenZone) ?? 'UTC' });
}
