import { ZONE_PATTERN as WRITTEN_ZONE, toLuxonZone } from './zones';

/** A declaration may name a bare offset ("Times are in +02:00"), which after a time would be a span. */
const ZONE_PATTERN = `(?:${WRITTEN_ZONE}|[+-]\\d{2}:\\d{2})`;

const STATEMENTS = [
  new RegExp(`\\ball\\s+times\\s+(?:are\\s+)?(?:(?:given|shown|listed|stated|expressed)\\s+)?(?:in\\s+)?(${ZONE_PATTERN})\\b`, 'i'),
  new RegExp(`\\btimes?\\s+(?:are\\s+)?(?:(?:given|shown|listed|stated|expressed)\\s+)?in\\s+(${ZONE_PATTERN})\\b`, 'i'),
  new RegExp(`\\btime\\s*zone\\s*[:=]?\\s*(${ZONE_PATTERN})\\b`, 'i'),
  new RegExp(`\\(\\s*all\\s+(?:times?\\s+)?in\\s+(${ZONE_PATTERN})\\s*\\)`, 'i'),
  // "All times are local (CEST)", "Times are US Eastern (EDT)"
  new RegExp(`\\btimes?\\b[^.()]{0,40}\\(\\s*(${ZONE_PATTERN})\\s*\\)`, 'i'),
];

/** "Timeline (UTC)", "| Time (PT) |": a zone in brackets on a title, where no time stands before it. */
const TITLE_ZONE = new RegExp(`^[^()\\d]{0,60}\\(\\s*(?:all\\s+times?\\s+(?:are\\s+)?(?:in\\s+)?)?(${ZONE_PATTERN})\\s*(?:[,;][^)]*)?\\)`, 'i');

/**
 * The zone a line declares for the whole document ("(all times UTC)"), if it declares one.
 * `title`: the line is a heading, a label or a table's header, where "(UTC)" alone declares.
 */
export function readDeclaredZone(line: string, title = false): string | undefined {
  if (title && line.includes('(')) {
    const m = TITLE_ZONE.exec(line.replace(/\|/g, ' '));
    if (m && toLuxonZone(m[1])) return m[1];
  }
  // Most lines say nothing of zones: a cheap look for the statements' words comes first.
  if (!/\b(?:all\s+times?|all\s+in|times?\s+(?:are|in|shown|given|listed|stated|expressed)|time\s*zone|times?\b[^.()]{0,40}\()/i.test(line)) return undefined;
  for (const statement of STATEMENTS) {
    const m = statement.exec(line);
    // Lower-case words ("in cat videos") are prose, not zones.
    if (m && (m[1] === m[1].toUpperCase() || m[1].includes('/') || /\s/.test(m[1])) && toLuxonZone(m[1])) return m[1];
  }
  return undefined;
}
