import { severityOrder } from '../../server/src/engine/presets';
import type { RollupPostmortem } from '../../server/src/protocol/customMessages';

export type PostmortemsGrouping = 'month' | 'severity';

export interface PostmortemsGroup {
  /** `YYYY-MM`, `undated`, or the severity as the roll-up names it (`SEV-2`, a team's own word, `unknown`). */
  key: string;
  label: string;
  /** Newest first, undated last. */
  postmortems: RollupPostmortem[];
}

const UNDATED = 'undated';

/**
 * The postmortems in groups: by month, newest month first and the undated last; or by severity,
 * most severe first, a team's own words next and `unknown` last. Newest first inside each group.
 */
export function groupPostmortems(postmortems: readonly RollupPostmortem[], grouping: PostmortemsGrouping): PostmortemsGroup[] {
  const keyOf = grouping === 'month' ? monthKey : (p: RollupPostmortem) => p.severity;
  const groups = new Map<string, RollupPostmortem[]>();
  for (const postmortem of [...postmortems].sort(newestFirst)) {
    const list = groups.get(keyOf(postmortem)) ?? [];
    list.push(postmortem);
    groups.set(keyOf(postmortem), list);
  }
  const keys = grouping === 'month' ? monthOrder([...groups.keys()]) : severityOrder([...groups.keys()]);
  return keys.map((key) => ({ key, label: grouping === 'month' ? monthLabel(key) : key, postmortems: groups.get(key)! }));
}

const monthKey = (p: RollupPostmortem) => p.date?.slice(0, 7) ?? UNDATED;

function monthOrder(keys: readonly string[]): string[] {
  return [...keys.filter((k) => k !== UNDATED).sort().reverse(), ...keys.filter((k) => k === UNDATED)];
}

/** "March 2026"; the month is a calendar month, so it is named in UTC whatever the machine's zone. */
function monthLabel(key: string): string {
  if (key === UNDATED) return 'Undated';
  const [year, month] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** By date, newest first; undated postmortems last, in the order the server gave them. */
function newestFirst(a: RollupPostmortem, b: RollupPostmortem): number {
  if (a.date === b.date) return 0;
  if (a.date === undefined) return 1;
  if (b.date === undefined) return -1;
  return a.date < b.date ? 1 : -1;
}
