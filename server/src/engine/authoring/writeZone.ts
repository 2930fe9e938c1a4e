import { DateTime } from 'luxon';
import { scanLine } from '../time/scan';
import { toLuxonZone, ZONE_ABBREVIATIONS } from '../time/zones';

const ABBREVIATIONS = new Set(ZONE_ABBREVIATIONS.filter((z) => z !== 'Z'));

/**
 * A zone as it should be written after a time so that the reader reads the same zone back. The
 * settings accept more spellings than a document's text does ("+05:30", "utc", "pacific time"):
 * writing those as given left the time zoneless, and each fix pass wrote the zone again.
 * Abbreviations are written in capitals, offsets as `UTC+5:30`, names and IANA zones as they are
 * when the reader reads them, else as Luxon names them; a zone the reader cannot read in any
 * spelling is written as its offset at `epochMs`, and an unknown zone as UTC (what it is read as).
 */
export function writableZone(zone: string, epochMs: number): string {
  const luxon = toLuxonZone(zone);
  if (!luxon) return 'UTC';
  const upper = zone.trim().toUpperCase();
  const candidates = [ABBREVIATIONS.has(upper) ? upper : undefined, zone.trim(), luxon].filter((c): c is string => !!c);
  const readable = candidates.find((candidate) => readsBack(candidate, luxon));
  return readable ?? offsetName(DateTime.fromMillis(epochMs, { zone: luxon }).offset);
}

/** Whether `10:15 <zone>` is read as one time in that zone. */
function readsBack(written: string, luxon: string): boolean {
  const times = scanLine(`10:15 ${written}`);
  return times.length === 1 && times[0].zone !== undefined && toLuxonZone(times[0].zone) === luxon && times[0].end === 6 + written.length;
}

function offsetName(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
