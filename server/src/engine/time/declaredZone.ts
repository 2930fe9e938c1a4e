import { ZONE_PATTERN, toLuxonZone } from './zones';

const STATEMENTS = [
  new RegExp(`\\ball\\s+times\\s+(?:are\\s+)?(?:(?:given|shown|listed|stated|expressed)\\s+)?(?:in\\s+)?(${ZONE_PATTERN})\\b`, 'i'),
  new RegExp(`\\btimes?\\s+(?:are\\s+)?(?:(?:given|shown|listed|stated|expressed)\\s+)?in\\s+(${ZONE_PATTERN})\\b`, 'i'),
  new RegExp(`\\btime\\s*zone\\s*[:=]?\\s*(${ZONE_PATTERN})\\b`, 'i'),
  new RegExp(`\\(\\s*all\\s+(?:times?\\s+)?in\\s+(${ZONE_PATTERN})\\s*\\)`, 'i'),
];

/** The zone a line declares for the whole document ("(all times UTC)"), if it declares one. */
export function readDeclaredZone(line: string): string | undefined {
  // Most lines say nothing of zones: a cheap look for the statements' words comes first.
  if (!/\b(?:all\s+times?|all\s+in|times?\s+(?:are|in|shown|given|listed|stated|expressed)|time\s*zone)\b/i.test(line)) return undefined;
  for (const statement of STATEMENTS) {
    const m = statement.exec(line);
    // Lower-case words ("in cat videos") are prose, not zones.
    if (m && (m[1] === m[1].toUpperCase() || m[1].includes('/') || /\s/.test(m[1])) && toLuxonZone(m[1])) return m[1];
  }
  return undefined;
}
