import { DateTime } from 'luxon';
import { formatMinutes } from '../engine';

export { formatMinutes };

/** The offset of an instant from the incident's start, as responders write it: `T+15m`, `T-5m`. */
export function formatOffset(fromMs: number, toMs: number): string {
  const minutes = Math.round((toMs - fromMs) / 60_000);
  return `T${minutes < 0 ? '-' : '+'}${formatMinutes(minutes)}`;
}

/** `2024-03-11 10:15 UTC`: an instant for a reader, in UTC. */
export function formatUtc(epochMs: number): string {
  return DateTime.fromMillis(epochMs, { zone: 'UTC' }).toFormat("yyyy-MM-dd HH:mm 'UTC'");
}
