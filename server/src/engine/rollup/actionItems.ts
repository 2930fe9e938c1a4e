import { utcDate } from './calendarDate';
import type { OpenActionItem, PostmortemRow } from './row';

/** Where the items with no owner are listed: they are the ones a review most needs to hand out. */
export const NO_OWNER = '(no owner)';

export interface OwnedActionItem extends OpenActionItem {
  /** The postmortem it comes from. */
  name: string;
  title: string;
  overdue: boolean;
}

export interface OwnerItems {
  owner: string;
  overdue: number;
  items: OwnedActionItem[];
}

/** Due before the day `now` falls on (UTC): an item due today is not late yet. */
export function isOverdue(item: Pick<OpenActionItem, 'dueDate'>, now: Date): boolean {
  return item.dueDate !== undefined && item.dueDate < utcDate(now);
}

/**
 * Open action items grouped by owner (`@alice` and `Alice` are one person), the owners with the
 * most overdue items first; within an owner, overdue items first, then by due date, undated last.
 */
export function openActionItemsByOwner(rows: readonly PostmortemRow[], now: Date): OwnerItems[] {
  const groups = new Map<string, OwnerItems>();
  for (const row of rows) {
    for (const item of row.openActionItems) {
      const owner = item.owner?.replace(/^@/, '').trim() || NO_OWNER;
      const key = owner.toLowerCase();
      const group = groups.get(key) ?? { owner, overdue: 0, items: [] };
      const overdue = isOverdue(item, now);
      group.items.push({ ...item, name: row.name, title: row.title, overdue });
      if (overdue) group.overdue++;
      groups.set(key, group);
    }
  }
  const list = [...groups.values()];
  list.forEach((g) => g.items.sort(byUrgency));
  return list.sort((a, b) => b.overdue - a.overdue || b.items.length - a.items.length || a.owner.localeCompare(b.owner));
}

function byUrgency(a: OwnedActionItem, b: OwnedActionItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) return a.dueDate === undefined ? 1 : b.dueDate === undefined ? -1 : a.dueDate.localeCompare(b.dueDate);
  return a.name.localeCompare(b.name) || a.line - b.line;
}
