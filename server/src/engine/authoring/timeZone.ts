import type { TimeMention } from '../model';
import type { TextEdit } from '../rules/rule';
import { writableZone } from './writeZone';

const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?/i;

/**
 * Writes the zone a time was read in right after its clock ("10:15 AM" becomes "10:15 AM UTC"),
 * where the engine reads a zone even when a date follows ("10:15 UTC on March 11").
 * Undefined when the zone is already written.
 */
export function timeZoneEdit(mention: TimeMention): TextEdit | undefined {
  if (mention.zoneSource === 'written') return undefined;
  const clock = CLOCK.exec(mention.text);
  if (!clock) return undefined;
  const at = { line: mention.range.start.line, character: mention.range.start.character + clock.index + clock[0].length };
  return { range: { start: at, end: at }, newText: ` ${writableZone(mention.zone, mention.epochMs)}` };
}
