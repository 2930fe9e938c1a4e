import type { PostmortemDocument } from '../model';
import { findSeverity, SEVERITIES } from '../incident/severities';

/**
 * What a roll-up files a postmortem under when it declares no severity. Not DEFAULT_SEVERITY:
 * that is what New Postmortem offers first, and counting every undeclared incident as SEV-2
 * would invent major incidents in a team's monthly numbers.
 */
export const UNKNOWN_SEVERITY = 'unknown';

const SEVERITY_KEYS = new Set(['severity', 'sev', 'incident severity', 'severity level']);

/**
 * The severity a postmortem declares in a field (`**Severity:** Sev 2`, front matter
 * `severity: 2`, a metadata table row), as the listed label when it is one of ours (`SEV-2`), else
 * as written (`P1`, `High`): a team with its own scale still sees its own words.
 */
export function documentSeverity(document: PostmortemDocument): string {
  const field = document.metadata.find((f) => SEVERITY_KEYS.has(f.key.trim().toLowerCase()) && f.value.trim() !== '');
  if (!field) return UNKNOWN_SEVERITY;
  const value = field.value.trim();
  return findSeverity(value)?.label ?? value;
}

/** The severities found, most severe first, a team's own words next (A to Z), `unknown` last. */
export function severityOrder(found: readonly string[]): string[] {
  const present = new Set(found);
  const listed = SEVERITIES.map((s) => s.label).filter((label) => present.has(label));
  const own = [...present].filter((s) => !listed.includes(s) && s !== UNKNOWN_SEVERITY).sort();
  return [...listed, ...own, ...(present.has(UNKNOWN_SEVERITY) ? [UNKNOWN_SEVERITY] : [])];
}
