import { DateTime } from 'luxon';

/** Minutes as people read them in an incident report: `45m`, `4h`, `1h 05m`, `2d 3h`. */
export function formatMinutes(total: number): string {
  const minutes = Math.abs(Math.round(total));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days) return hours ? `${days}d ${hours}h` : `${days}d`;
  if (hours) return rest ? `${hours}h ${String(rest).padStart(2, '0')}m` : `${hours}h`;
  return `${rest}m`;
}

/** The offset of an instant from the incident's start, as responders write it: `T+15m`, `T-5m`. */
export function formatOffset(fromMs: number, toMs: number): string {
  const minutes = Math.round((toMs - fromMs) / 60_000);
  return `T${minutes < 0 ? '-' : '+'}${formatMinutes(minutes)}`;
}

/** `2024-03-11 10:15 UTC`: an instant for a reader, in UTC. */
export function formatUtc(epochMs: number): string {
  return DateTime.fromMillis(epochMs, { zone: 'UTC' }).toFormat("yyyy-MM-dd HH:mm 'UTC'");
}
