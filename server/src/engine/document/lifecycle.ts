import type { LifecycleRole } from '../model';

/**
 * Words that mark a step of an incident's lifecycle, most decisive first: "resolved after the
 * alert" is a resolution, not a detection.
 */
const ROLE_WORDS: ReadonlyArray<[LifecycleRole, RegExp]> = [
  ['started', /\b(?:outage|incident|issue|problem|degradation|impact|disruption|errors?)\s+(?:begins|began|begun|started|starts|occurred|hit)\b|\bstart of (?:the )?(?:outage|incident|impact)\b|\bonset\b/i],
  ['resolved', /\b(?:resolved|resolution|fixed|solved|restored|recovered|recovery|back online|back up|up again|back to normal|returned to (?:a )?normal|outage ends|incident ends|outage ended|all clear|incident closed|fully (?:operational|functional))\b/i],
  ['mitigated', /\b(?:mitigat(?:ed|ion|es)|workaround|rolled back|roll(?:ed)?-?back|revert(?:ed|ing)?|failed over|failover|downgraded|hotfix(?:ed)?|outage mitigated)\b/i],
  ['escalated', /\bescalat(?:ed|ion|es|ing)\b/i],
  ['acknowledged', /\b(?:acknowledged?|ack(?:ed|'d)|on-?call engineer (?:responded|joined))\b/i],
  [
    'detected',
    /\b(?:detect(?:ed|ion|s)?|alert(?:ed|s|ing)?|alarms?|paged|pager|pages?\b(?! ?(?:load|view))|notic(?:ed|es|e)|reports?|reported|reporting|complain(?:ed|ts?)|discovered|spotted|became aware|becomes aware|aware of|reached out|informed (?:us|of|about|the)|witnessed|observed?|flagged|triggered)\b/i,
  ],
];

/** "No loss of service was detected", "failed to detect", "to detect it sooner" are not detections. */
const NOT_DETECTED = /\b(?:no|not|never|without|fail(?:s|ed)? to|to)\s+(?:\w+\s+){0,4}?(?:detect|detected|noticed?|reported|alerted|flagged)\b|\bundetected\b/i;

/** Roles whose words also name things that did not happen, or that a text only plans. */
function applies(role: LifecycleRole, text: string): boolean {
  return role !== 'detected' || !NOT_DETECTED.test(text) || ROLE_WORDS[5][1].test(text.replace(NOT_DETECTED, ''));
}

/** The most decisive role the text names. */
export function lifecycleRole(text: string): LifecycleRole | undefined {
  for (const [role, words] of ROLE_WORDS) if (words.test(text) && applies(role, text)) return role;
  return undefined;
}

/** Every role the text names: "The outage began; monitoring alerts fired" starts and detects. */
export function lifecycleRoles(text: string): LifecycleRole[] {
  return ROLE_WORDS.filter(([role, words]) => words.test(text) && applies(role, text)).map(([role]) => role);
}

/** Words of service coming back, as opposed to work on a fix or talk about it afterwards. */
const SERVICE_BACK = /\b(?:restored|back online|back up|up again|back to normal|returned to (?:a )?normal|(?:outage|incident) ends?|all clear|fully (?:operational|functional|recovered|restored)|(?:service|site|website|system|api|traffic)s? (?:\w+ ){0,2}(?:recovered|resumed|working|available|stable)|recovered|resolved|solved)\b/i;
/**
 * What happens after the incident is over: closing it, telling people, confirming, follow-up
 * work. A timeline that runs on into these does not end with them.
 */
const AFTERWARDS = /\b(?:incident (?:was )?closed|closed the incident|status ?page|post-?mortem|retro(?:spective)?|notif(?:y|ied|ication)|announc\w*|communicat\w*|tweet\w*|blog|mailing list|confirmed|decided|follow-?up|permanent(?:ly)?|long-?term|released? v?\d|version \d)\b/i;

/** Whether an entry says the service came back. */
export function saysServiceBack(text: string): boolean {
  return SERVICE_BACK.test(text) && !AFTERWARDS.test(text);
}

/** Whether an entry is about the aftermath rather than the incident. */
export function isAftermath(text: string): boolean {
  return AFTERWARDS.test(text);
}

/**
 * A change made before anything went wrong (a merge, a commit, a release, a rename): a timeline
 * that opens with such rows starts the incident at the first row after them. A deployment stays
 * a candidate onset, as it usually is the moment users are hit.
 */
const PRECONDITION = /\b(?:merged|commit(?:ted)?|pull request|PR[- ]?#?\d+|renamed|uploaded|released|release of|rollout began|(?:configuration|config) (?:is |was )?(?:modified|changed|updated))\b/i;

export function isPrecondition(text: string): boolean {
  return PRECONDITION.test(text) && !lifecycleRoles(text).some((r) => r !== 'detected');
}

export const LIFECYCLE_WORDS: Readonly<Record<LifecycleRole, readonly string[]>> = {
  started: ['OUTAGE BEGINS', 'INCIDENT BEGINS'],
  detected: ['Detected', 'Alerted', 'Paged', 'Reported'],
  acknowledged: ['Acknowledged'],
  escalated: ['Escalated'],
  mitigated: ['Mitigated', 'Rolled back', 'OUTAGE MITIGATED'],
  resolved: ['Resolved', 'Restored', 'OUTAGE ENDS', 'INCIDENT ENDS'],
};
