/**
 * Inline switches, as markdownlint has them:
 *   <!-- postmortem-disable PM010 blameful-language -->   off from here (no ids: every rule)
 *   <!-- postmortem-enable PM010 -->                      on again
 *   <!-- postmortem-disable-line PM010 -->                off for this line
 *   <!-- postmortem-disable-next-line PM010 -->           off for the next line
 *   <!-- postmortem-disable-file PM010 -->                off for the whole file
 */
// Longest first: with `disable` first, `disable-line` would read as `disable` for a rule named `-line`.
const DIRECTIVE = /<!--\s*postmortem-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->/g;

export type RuleNameResolver = (name: string) => string | undefined;

export interface Suppressions {
  isDisabled(ruleId: string, line: number): boolean;
}

const ALL = '*';

export function readSuppressions(lines: readonly string[], resolve: RuleNameResolver): Suppressions {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const ranges: Array<{ rule: string; from: number; to: number }> = [];
  const open = new Map<string, number>();
  const addLine = (line: number, rules: string[]) => {
    const set = byLine.get(line) ?? new Set<string>();
    rules.forEach((r) => set.add(r));
    byLine.set(line, set);
  };
  for (let line = 0; line < lines.length; line++) {
    if (!lines[line].includes('postmortem-')) continue;
    for (const m of lines[line].matchAll(DIRECTIVE)) {
      const names = m[2].split(/[\s,]+/).filter(Boolean);
      const rules = names.length ? names.map((n) => resolve(n) ?? n) : [ALL];
      switch (m[1]) {
        case 'disable-file':
          rules.forEach((r) => fileWide.add(r));
          break;
        case 'disable-line':
          addLine(line, rules);
          break;
        case 'disable-next-line':
          addLine(line + 1, rules);
          break;
        case 'disable':
          rules.forEach((r) => open.has(r) || open.set(r, line));
          break;
        case 'enable':
          for (const r of rules[0] === ALL ? [...open.keys()] : rules) {
            const from = open.get(r);
            if (from !== undefined) ranges.push({ rule: r, from, to: line });
            open.delete(r);
          }
          break;
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: lines.length });
  const matches = (set: ReadonlySet<string> | undefined, id: string) => !!set && (set.has(id) || set.has(ALL));
  return {
    isDisabled(ruleId, line) {
      if (matches(fileWide, ruleId) || matches(byLine.get(line), ruleId)) return true;
      return ranges.some((r) => (r.rule === ruleId || r.rule === ALL) && line >= r.from && line <= r.to);
    },
  };
}
