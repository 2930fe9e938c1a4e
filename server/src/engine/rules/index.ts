import type { AnyRule } from './rule';
import { requiredSection } from './structure/requiredSection';
import { emptySection } from './structure/emptySection';
import { placeholderText } from './structure/placeholderText';
import { duplicateSection } from './structure/duplicateSection';
import { sectionOrder } from './structure/sectionOrder';
import { noTitle } from './structure/noTitle';
import { startMissing } from './time/startMissing';
import { endMissing } from './time/endMissing';
import { endBeforeStart } from './time/endBeforeStart';
import { timeZoneMissing } from './time/timeZoneMissing';
import { mixedTimeZones } from './time/mixedTimeZones';
import { timelineOrder } from './time/timelineOrder';
import { timelineOutsideWindow } from './time/timelineOutsideWindow';
import { durationMismatch } from './time/durationMismatch';
import { detectionBeforeStart } from './time/detectionBeforeStart';
import { timelineDiagramOutdated } from './time/timelineDiagramOutdated';
import { impactNotQuantified } from './content/impactNotQuantified';
import { actionItemNoOwner } from './content/actionItemNoOwner';
import { actionItemNoDueDate } from './content/actionItemNoDueDate';
import { actionItemNotActionable } from './content/actionItemNotActionable';
import { blamefulLanguage } from './content/blamefulLanguage';
import { wordCount } from './content/wordCount';

/** Every rule, in the order of their ids; docs and the schema are generated from this list. */
export const RULES: readonly AnyRule[] = [
  requiredSection,
  emptySection,
  placeholderText,
  duplicateSection,
  sectionOrder,
  noTitle,
  startMissing,
  endMissing,
  endBeforeStart,
  timeZoneMissing,
  mixedTimeZones,
  timelineOrder,
  timelineOutsideWindow,
  durationMismatch,
  detectionBeforeStart,
  timelineDiagramOutdated,
  impactNotQuantified,
  actionItemNoOwner,
  actionItemNoDueDate,
  actionItemNotActionable,
  blamefulLanguage,
  wordCount,
];

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
