/**
 * The incident severities a postmortem can declare, most severe first: the one list that
 * New Postmortem, `postmortem new --severity` and completion after `Severity:` all offer.
 */
export interface IncidentSeverity {
  label: string;
  description: string;
}

export const SEVERITIES: readonly IncidentSeverity[] = [
  { label: 'SEV-1', description: 'Critical: a complete outage, data loss or a security breach.' },
  { label: 'SEV-2', description: 'Major: a core feature down or badly degraded for many users.' },
  { label: 'SEV-3', description: 'Minor: degraded for some users, with a workaround.' },
  { label: 'SEV-4', description: 'Low: little user impact.' },
  { label: 'SEV-5', description: 'A near miss, or cosmetic.' },
];

/** Offered first: an unconsidered Enter should not file a critical incident. */
export const DEFAULT_SEVERITY = 'SEV-2';

/** The listed label a user's spelling means (`sev2`, `Sev-2`, `SEV 2`), or undefined. */
export function findSeverity(text: string): IncidentSeverity | undefined {
  const key = text.trim().toUpperCase().replace(/^SEV[\s_-]?/, '');
  return SEVERITIES.find((s) => s.label.slice('SEV-'.length) === key);
}
