import type { AnyRule } from './rule';
import { requiredSection } from './structure/requiredSection';

/** Every rule, in the order of their ids; docs and the schema are generated from this list. */
export const RULES: readonly AnyRule[] = [requiredSection];

const byName = new Map<string, AnyRule>();
for (const rule of RULES) {
  byName.set(rule.id.toLowerCase(), rule);
  byName.set(rule.alias.toLowerCase(), rule);
}

/** A rule by its id or alias, in any case. */
export function findRule(name: string): AnyRule | undefined {
  return byName.get(name.toLowerCase());
}

export const RULE_DOCS_BASE = 'https://github.com/postmortem-tools/vscode-postmortem/blob/main/docs/rules/';

export function ruleDocUrl(rule: AnyRule): string {
  return `${RULE_DOCS_BASE}${rule.id}.md`;
}
