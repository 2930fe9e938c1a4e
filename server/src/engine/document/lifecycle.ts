import type { LifecycleRole } from '../model';

/**
 * Words that mark a step of an incident's lifecycle, most decisive first: "resolved after the
 * alert" is a resolution, not a detection.
 */
const ROLE_WORDS: ReadonlyArray<[LifecycleRole, RegExp]> = [
  ['started', /\b(?:outage|incident|issue|problem|degradation|impact|disruption|errors?|failures?)\s+(?:begins?|began|begun|start|started|starts|occurred|hit)\b|\b(?:users?|customers?|clients?|visitors?|requests?)\s+(?:start|starts|started|begin|begins|began)\s+(?:seeing|getting|receiving|experiencing|hitting|failing|timing out)\b|\b(?:began|started) (?:impacting|affecting)\b|\bstart of (?:the )?(?:outage|incident|impact)\b|\b(?:an?|the) (?:outage|incident|disruption) (?:happened|took place)\b|\bonset\b|\bfirst (?:failed|failing|errors?|failures?|timeouts?|crash(?:es)?)\b/i],
  ['resolved', /\b(?:resolved|resolution|fixed|solved|restored|recovered|recovery|back online|back up|up again|back to normal|returned to (?:a )?normal|outage ends|incident ends|outage ended|all clear|incident closed|fully (?:operational|functional))\b/i],
  ['mitigated', /\b(?:mitigat(?:ed|ion|es)|workaround|rolled back|roll(?:ed)?-?back|revert(?:ed|ing)?|failed over|failover|downgraded|hotfix(?:ed)?|outage mitigated)\b/i],
  ['escalated', /\bescalat(?:ed|ion|es|ing)\b/i],
  ['acknowledged', /\b(?:acknowledg(?:e|ed|es|ing)|ack(?:ed|'d)|on-?call engineer (?:responded|joined))\b/i],
  [
    'detected',
    /\b(?:detect(?:ed|ion|s)?|alert(?:ed|s|ing)?|alarms?|paged|pager|pag(?:es|ing)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?on-?call|pag(?:es|ing)\s+@?[a-z]+\s*\|?\s*$|notic(?:ed|es|e)|reports?|reported|reporting|complain(?:ed|ts?)|discover(?:ed|s)|spotted|(?:received|got|gets|saw|sees)\s+(?:an?\s+|the\s+)?(?:errors?|HTTP\s+5\d\d|5\d\d\s+errors?)|became aware|becomes aware|aware of|reached out|(?:emails|emailed|contacts|contacted|messages|messaged|warns|warned)\s+(?:us\b|our\s|security|support|the\s+(?:security|support|on-?call)\b)|informed (?:us|of|about|the)|(?:users?|customers?|clients?)\s+(?:\w+\s+)?(?:posts|posted|wrote|writes|messaged|emailed|contacted|called|asked|opens|opened|files|filed|raises|raised|submits|submitted|tweets|tweeted)|witnessed|observed?|flagged|alerts? (?:was |were )?triggered|triggered (?:an? |the )?alert|first identified|(?:issue|ticket|case|incident) (?:was )?(?:logged|raised|opened|filed)|(?:files|filed|opens|opened|raises|raised|logs|logged)\s+(?:an?\s+|the\s+)?(?:support\s+)?(?:ticket|case))\b/i,
  ],
];

/** "No loss of service was detected", "failed to detect", "to detect it sooner" are not detections. */
const NOT_DETECTED = /\b(?:no|not|never|without|fail(?:s|ed)? to)\s+(?:\w+\s+){0,4}?(?:detect|detected|noticed?|reported|alerted|alerts?|alarms?|flagged)\b|\bto (?:detect|notice)\b|\bundetected\b/i;

/** "Nothing was resolved", "was not restored yet", "still isn't fixed": a repair that did not happen. */
const NOT_REPAIRED = /(?:\b(?:no|not|never|nothing|none|yet to be|failed to|unable to)|n't)\s+(?:\w+\s+){0,2}?(?:resolv|restor|recover|fix|solv)\w*/gi;

/** The text without the repairs it says did not happen. */
function withoutNegatedRepairs(text: string): string {
  return text.replace(NOT_REPAIRED, ' ');
}

/** Roles whose words also name things that did not happen, or that a text only plans. */
function applies(role: LifecycleRole, text: string): boolean {
  if (role === 'resolved') return ROLE_WORDS[1][1].test(withoutNegatedRepairs(text));
  return role !== 'detected' || !NOT_DETECTED.test(text) || ROLE_WORDS[5][1].test(text.replace(NOT_DETECTED, ''));
}

/** Words of learning something, about the incident or about its cause. */
const FINDING = /\b(?:discover(?:ed|s|ing)?|notic(?:ed|es|e)|spotted|observed?|realis(?:ed|es)|realiz(?:ed|es)|first identified)\b/gi;
/** What a team finds once it is looking for the cause. */
const CAUSE = /\b(?:root cause|culprit|cause (?:of|was)|the cause|bug|typo|misconfigur\w*|misspel\w*|mistyped)\b/i;
/** Rows of a team already at work on the incident. */
const RESPONDING = /\b(?:investigat\w*|troubleshoot\w*|debugg\w*|diagnos\w*|check(?:ed|ing|s)?|review(?:ed|ing)?|restart(?:ed|ing|s)?|examin\w*|inspect\w*|look(?:ed|ing|s)? into|verif(?:y|ied|ying|ication)|into action)\b/i;

/**
 * "Checked the config and discovered logging was off", "Discovered the root cause": a finding that
 * only a discovery word makes a detection, made while the team was already working on the incident
 * or naming its cause, is diagnosis; the incident had been detected before it.
 */
export function isDiagnosis(text: string, responding: boolean): boolean {
  if (ROLE_WORDS[5][1].test(text.replace(FINDING, ' '))) return false;
  return responding || CAUSE.test(text);
}

/** Whether a row shows the team working on the incident (checking, restarting, investigating). */
export function isResponse(text: string): boolean {
  return RESPONDING.test(text);
}

/** The most decisive role the text names. */
export function lifecycleRole(text: string): LifecycleRole | undefined {
  for (const [role, words] of ROLE_WORDS) if (words.test(text) && applies(role, text)) return role;
  return undefined;
}

/** Every role the text names: "The outage began; monitoring alerts fired" starts and detects. */
export function lifecycleRoles(text: string): LifecycleRole[] {
  // One array per call, not a filtered copy of the table and then a mapped one: this runs once per timeline entry.
  const roles: LifecycleRole[] = [];
  for (const [role, words] of ROLE_WORDS) if (words.test(text) && applies(role, text)) roles.push(role);
  return roles;
}

/**
 * Words of the service coming back ("Service restored", "back to normal", "Incident resolved"),
 * which end an incident; other repairs ("certificate chain restored", "fixed the config") end it
 * only where nothing says the service itself came back.
 */
const SERVICE_BACK = /\b(?:(?:restored|recovered|brought back)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:service|services|site|website|system|api|access|functionality|connectivity)\b|(?:service|services|site|website|system|api|traffic|access|functionality|connectivity|logins?|operations?|availability|everything|users?|customers?)\s+(?:\w+\s+){0,3}?(?:restored|recovered|resumed|back|working|available|stable)|\bconfirmed working\b|(?:outage|incident|impact|issue|problem|disruption)\s+(?:\w+\s+)?(?:is\s+|was\s+|has\s+)?(?:fully\s+)?(?:ends|ended|resolved|solved|fixed)|(?:outage|incident|impact|issue|problem|disruption)\s+(?:is|was|has been)\s+over|outage ends|incident ends|all clear|back to (?:normal|baseline)|returned to (?:a )?normal|back online|back up|up again|fully (?:operational|functional|restored|recovered))\b|(?:^|[.;:]\s*)resolved\b/i;
const REPAIRED = /\b(?:restored|recovered|resolved|solved|fixed)\b/i;
/**
 * What happens after the incident is over: closing it, telling people, confirming, follow-up
 * work. A timeline that runs on into these does not end with them.
 */
const AFTERWARDS = /\b(?:incident (?:was )?closed|closed the incident|status ?page|post-?mortem|retro(?:spective)?|notif(?:y|ied|ying)|announc\w*|communicated|tweet\w*|blog ?post\w*|mailing list|customers? confirmed|confirmed (?:that )?(?:the )?(?:issue|incident|fix) (?:was |had been )?resolved|decided that|follow-?up|permanent(?:ly)?|long-?term|(?:version|v)\s?\d[\w.]*\s+(?:was\s+|is\s+)?released|released\s+(?:version\s+|v)\d)\b/i;

/** "Resolution is confirmed complete": the moment the incident is over, even when it is announced. */
const CONFIRMED_OVER = /\b(?:resolution|recovery|fix)\s+(?:is\s+|was\s+|has\s+been\s+)?confirmed\b|\bconfirmed\s+(?:complete|resolved|fixed|recovered)\b/i;
/** Where the announcement goes to people outside the response, it comes after the end. */
const TOLD_OUTSIDE = /\b(?:status ?page|mailing list|blog|tweet\w*|customers?|post-?mortem)\b/i;
/**
 * "Login confirmed working via the root account": the service is back for some, not for all. "One
 * problem is fixed": one of several, and the others still stand.
 */
const PARTIAL = /\b(?:partial(?:ly)?|some (?:users|customers|regions|services|requests)|a subset|root account|for (?:one|a few) |(?:one|first) (?:of the )?(?:problems?|issues?) (?:is|was|has been) (?:fixed|solved|resolved))/i;
/** Ending a security exposure: the leaked token or key stops working. */
const EXPOSURE_CLOSED = /\b(?:revoked|disabled|rotated|invalidated|deactivated)\s+(?:\w+\s+){0,3}?(?:tokens?|keys?|credentials?|secrets?|passwords?|certificates?)\b|\b(?:tokens?|keys?|credentials?|secrets?|passwords?)\s+(?:was\s+|were\s+|has been\s+)?(?:revoked|disabled|rotated|invalidated|deactivated)\b/i;

/** How surely an entry says the incident is over: 2 the service is back, 1 something was repaired, 0 neither. */
export function endStrength(written: string): 0 | 1 | 2 {
  const text = withoutNegatedRepairs(written);
  if (CONFIRMED_OVER.test(text) && !TOLD_OUTSIDE.test(text)) return 2;
  if (AFTERWARDS.test(text)) return 0;
  if (SERVICE_BACK.test(text)) return PARTIAL.test(text) ? 1 : 2;
  return REPAIRED.test(text) || EXPOSURE_CLOSED.test(text) ? 1 : 0;
}

const CLOSED = /\bincident (?:was |is )?closed\b|\bclosed the incident\b/i;

/** "Incident closed": where no entry says the service came back, closing the incident ends it. */
export function closesIncident(text: string): boolean {
  return CLOSED.test(text);
}

/** Whether an entry is about the aftermath rather than the incident. */
export function isAftermath(text: string): boolean {
  return AFTERWARDS.test(text);
}

/**
 * A change made before anything went wrong (a merge, a commit, a release, a new version made
 * available, a rename): a timeline
 * that opens with such rows starts the incident at the first row after them. A deployment stays
 * a candidate onset, as it usually is the moment users are hit.
 */
const PRECONDITION = /\b(?:merged|merges|commit(?:ted)?|pull request|PR[- ]?#?\d+|renamed|uploaded|released|release of|rollout began|change (?:is |was )?applied|(?:configuration|config) (?:is |was )?(?:modified|changed|updated)|upgraded|migrated|announced|deprecat(?:es|ed)|maintenance|planned|scheduled|made\s+(?:[\w.-]+\s+){0,3}available|new version\s+(?:of\s+[\w.-]+\s+)?(?:was|is|became)\s+available)\b/i;

export function isPrecondition(text: string): boolean {
  return PRECONDITION.test(text) && !lifecycleRoles(text).includes('started');
}

export const LIFECYCLE_WORDS: Readonly<Record<LifecycleRole, readonly string[]>> = {
  started: ['OUTAGE BEGINS', 'INCIDENT BEGINS'],
  detected: ['Detected', 'Alerted', 'Paged', 'Reported'],
  acknowledged: ['Acknowledged'],
  escalated: ['Escalated'],
  mitigated: ['Mitigated', 'Rolled back', 'OUTAGE MITIGATED'],
  resolved: ['Resolved', 'Restored', 'OUTAGE ENDS', 'INCIDENT ENDS'],
};
