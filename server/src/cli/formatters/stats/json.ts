import type { OwnerItems, PostmortemRow, Rollup } from '../../../engine';

/**
 * The whole roll-up as one JSON object, for a dashboard: `asOf` (the day overdue is measured
 * against), `postmortems` (one row each), `severities`, `incidentsByMonth`, `undated`, `timeTo`
 * and `openActionItems`. Durations in whole minutes; lines 1-based, as the lint JSON counts them.
 */
export function formatStatsJson(rollup: Rollup, asOf: string): string {
  const { rows, openActionItems, ...aggregates } = rollup;
  return JSON.stringify({ asOf, postmortems: rows.map(row), ...aggregates, openActionItems: openActionItems.map(owner) }, null, 2) + '\n';
}

function row({ name, titleLine, openActionItems, ...rest }: PostmortemRow) {
  return { file: name, line: titleLine + 1, ...rest, openActionItems: openActionItems.map((i) => ({ ...i, line: i.line + 1 })) };
}

function owner(group: OwnerItems) {
  return { ...group, items: group.items.map(({ name, ...i }) => ({ file: name, ...i, line: i.line + 1 })) };
}
