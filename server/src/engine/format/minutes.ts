/**
 * A length of time as the product shows it everywhere (code lens, hovers, the outline, the status
 * item, rule messages): `45m`, `4h`, `1h 05m`, `2d 3h`. One formatter, so a duration reads the
 * same wherever a user meets it.
 */
export function formatMinutes(total: number): string {
  const sign = total < 0 ? '-' : '';
  const minutes = Math.abs(Math.round(total));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days) return `${sign}${hours ? `${days}d ${hours}h` : `${days}d`}`;
  if (hours) return `${sign}${rest ? `${hours}h ${String(rest).padStart(2, '0')}m` : `${hours}h`}`;
  return `${sign}${rest}m`;
}
