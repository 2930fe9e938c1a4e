import { IANAZone } from 'luxon';

/**
 * Abbreviations people write after a time, as zones Luxon understands. Abbreviations are not
 * unique worldwide; these are the readings incident reports mean in practice (IST is India,
 * CST is US Central). Generic names (PT, ET) follow daylight saving; explicit ones do not.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  ZULU: 'UTC',
  PST: 'UTC-8',
  PDT: 'UTC-7',
  PT: 'America/Los_Angeles',
  MST: 'UTC-7',
  MDT: 'UTC-6',
  MT: 'America/Denver',
  CST: 'UTC-6',
  CDT: 'UTC-5',
  CT: 'America/Chicago',
  EST: 'UTC-5',
  EDT: 'UTC-4',
  ET: 'America/New_York',
  AKST: 'UTC-9',
  AKDT: 'UTC-8',
  HST: 'UTC-10',
  WET: 'UTC',
  WEST: 'UTC+1',
  BST: 'UTC+1',
  CET: 'UTC+1',
  CEST: 'UTC+2',
  EET: 'UTC+2',
  EEST: 'UTC+3',
  MSK: 'UTC+3',
  WAT: 'UTC+1',
  CAT: 'UTC+2',
  EAT: 'UTC+3',
  SAST: 'UTC+2',
  IST: 'UTC+5:30',
  PKT: 'UTC+5',
  ICT: 'UTC+7',
  WIB: 'UTC+7',
  PHT: 'UTC+8',
  SGT: 'UTC+8',
  HKT: 'UTC+8',
  JST: 'UTC+9',
  KST: 'UTC+9',
  AEST: 'UTC+10',
  AEDT: 'UTC+11',
  ACST: 'UTC+9:30',
  AWST: 'UTC+8',
  NZST: 'UTC+12',
  NZDT: 'UTC+13',
  BRT: 'UTC-3',
  ART: 'UTC-3',
};

/** Zones written out in words ("All times in Greenwich Mean Time", "10:00 Pacific Time"). */
const NAMES: Readonly<Record<string, string>> = {
  'coordinated universal time': 'UTC',
  'universal time': 'UTC',
  'greenwich mean time': 'UTC',
  'pacific standard time': 'UTC-8',
  'pacific daylight time': 'UTC-7',
  'pacific time': 'America/Los_Angeles',
  'mountain time': 'America/Denver',
  'central standard time': 'UTC-6',
  'central daylight time': 'UTC-5',
  'central time': 'America/Chicago',
  'eastern standard time': 'UTC-5',
  'eastern daylight time': 'UTC-4',
  'eastern time': 'America/New_York',
  'british summer time': 'UTC+1',
  'central european time': 'UTC+1',
  'central european summer time': 'UTC+2',
  'west africa time': 'UTC+1',
  'west african time': 'UTC+1',
  'central africa time': 'UTC+2',
  'east africa time': 'UTC+3',
  'east african time': 'UTC+3',
  'india standard time': 'UTC+5:30',
  'indian standard time': 'UTC+5:30',
  'japan standard time': 'UTC+9',
};

export const ZONE_ABBREVIATIONS: readonly string[] = Object.keys(ABBREVIATIONS);

/** Matches a zone as written: an abbreviation, `UTC+3`, `GMT-05:00`, or an IANA name. */
export const ZONE_PATTERN =
  '(?:(?:UTC|GMT)\\s?[+\\-−]\\s?\\d{1,2}(?::?\\d{2})?|[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|' +
  Object.keys(NAMES)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/(^|\s)(\w)/g, (_, space: string, c: string) => `${space}[${c.toUpperCase()}${c}]`).replace(/\s/g, '\\s+'))
    .join('|') +
  '|' +
  ZONE_ABBREVIATIONS.filter((z) => z !== 'Z')
    .sort((a, b) => b.length - a.length)
    .join('|') +
  ')';

/**
 * The Luxon zone for a zone as written, or undefined when it is not one we can read.
 * Offsets are normalised to Luxon's `UTC+h:mm` form.
 */
export function toLuxonZone(written: string): string | undefined {
  // Asked several times for every time in the document, with a handful of distinct spellings.
  if (luxonZones.has(written)) return luxonZones.get(written);
  if (luxonZones.size > 10_000) luxonZones.clear();
  const zone = readLuxonZone(written);
  luxonZones.set(written, zone);
  return zone;
}

const luxonZones = new Map<string, string | undefined>();

function readLuxonZone(written: string): string | undefined {
  const text = written.trim().replace('−', '-');
  const upper = text.toUpperCase();
  if (upper in ABBREVIATIONS) return ABBREVIATIONS[upper];
  const name = text.toLowerCase().replace(/\s+/g, ' ');
  if (name in NAMES) return NAMES[name];
  const offset = /^(?:UTC|GMT)?\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (offset) {
    const hours = Number(offset[2]);
    const minutes = offset[3] ? Number(offset[3]) : 0;
    if (hours > 14 || minutes > 59) return undefined;
    return `UTC${offset[1]}${hours}${minutes ? ':' + String(minutes).padStart(2, '0') : ''}`;
  }
  if (text.includes('/') && IANAZone.isValidZone(text)) return text;
  return undefined;
}

/** Whether two written zones mean the same offset rule (`UTC` and `GMT` and `Z` do). */
export function sameZone(a: string, b: string): boolean {
  return (toLuxonZone(a) ?? a) === (toLuxonZone(b) ?? b);
}
