import type { LifecycleRole } from '../model';

/**
 * Words that mark a step of an incident's lifecycle, most decisive first: "resolved after the
 * alert" is a resolution, not a detection.
 */
const ROLE_WORDS: ReadonlyArray<[LifecycleRole, RegExp]> = [
  ['started', /\b(?:outage|incident|issue|problem|degradation|impact)\s+(?:begins|began|started|starts)\b|\bstart of (?:the )?(?:outage|incident)\b/i],
  ['resolved', /\b(?:resolved|resolution|fixed|restored|recovered|recovery|back online|back to normal|outage ends|incident ends|outage ended|incident closed|fully operational)\b/i],
  ['mitigated', /\b(?:mitigat(?:ed|ion|es)|workaround|rolled back|roll(?:ed)?-?back|failed over|failover|outage mitigated)\b/i],
  ['escalated', /\bescalat(?:ed|ion|es|ing)\b/i],
  ['acknowledged', /\b(?:acknowledged?|ack(?:ed|'d)|on-?call engineer (?:responded|joined))\b/i],
  ['detected', /\b(?:detect(?:ed|ion|s)?|alert(?:ed|s)?|notic(?:ed|es)|paged|reported|complain(?:ed|ts?)|discovered|spotted)\b/i],
];

export function lifecycleRole(text: string): LifecycleRole | undefined {
  for (const [role, words] of ROLE_WORDS) if (words.test(text)) return role;
  return undefined;
}

export const LIFECYCLE_WORDS: Readonly<Record<LifecycleRole, readonly string[]>> = {
  started: ['OUTAGE BEGINS', 'INCIDENT BEGINS'],
  detected: ['Detected', 'Alerted', 'Paged', 'Reported'],
  acknowledged: ['Acknowledged'],
  escalated: ['Escalated'],
  mitigated: ['Mitigated', 'Rolled back', 'OUTAGE MITIGATED'],
  resolved: ['Resolved', 'Restored', 'OUTAGE ENDS', 'INCIDENT ENDS'],
};
