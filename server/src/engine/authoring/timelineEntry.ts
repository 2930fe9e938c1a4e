import type { LintResult } from '../lint';
import type { TimeMention, TimelineEntry } from '../model';
import type { TextEdit } from '../rules/rule';
import { entryUnits } from '../fix/sortTimeline';
import { insertLines } from '../fix/insertLines';
import { planSectionInsertion } from '../fix/sectionInsertion';
import { compileTemplate } from '../templates/compiled';
import { inZone } from './lines';
import { writableZone } from './writeZone';

/** An instant written the way `like` is written: 12- or 24-hour, padded, with its zone and date form. */
export function formatLike(like: TimeMention | undefined, epochMs: number, zone: string, withDate: boolean): string {
  const written = like?.text ?? '';
  const local = inZone(epochMs, zone);
  const twelveHour = /\d\s*[ap]\.?\s?m\b/i.test(written);
  const padded = !like || /(?:^|\D)\d{2}:\d{2}/.test(written);
  const seconds = /\d:\d{2}:\d{2}/.test(written);
  let time = local.toFormat(twelveHour ? (seconds ? 'h:mm:ss a' : 'h:mm a') : `${padded ? 'HH' : 'H'}:mm${seconds ? ':ss' : ''}`);
  if (!like || like.zoneSource === 'written') time += ` ${writableZone(zone, epochMs)}`;
  if (!withDate) return time;
  const longDate = like && /[A-Za-z]{3}/.test(written.replace(/\b[ap]\.?m\b\.?/gi, '').replace(/\b[A-Z]{2,5}\b/g, ''));
  return longDate ? `${local.toFormat('MMMM d, yyyy')}, ${time}` : `${local.toFormat('yyyy-MM-dd')} ${time}`;
}

/**
 * The zone new timeline times are written in: the one the timeline uses, spelt as it is written
 * there ("PDT", not the "UTC-7" it reads as), else the document's, else the setting's, else UTC.
 */
export function timelineZone(result: LintResult, defaultZone: string | undefined): string {
  const latest = result.document.timeline.at(-1)?.time;
  return latest?.zoneText ?? latest?.zone ?? result.document.declaredZone?.zone ?? (defaultZone || 'UTC');
}

/**
 * A new entry's time at `epochMs`, written as the timeline writes its latest entry: in its zone
 * (UTC when nothing names one), its zone left out where the document declares it, its date form,
 * and a date unless that entry is undated and of the same day.
 */
export function entryTime(result: LintResult, epochMs: number, defaultZone?: string): string {
  const zone = timelineZone(result, defaultZone);
  const latest = [...result.document.timeline].sort((a, b) => a.time.epochMs - b.time.epochMs).pop();
  return formatLike(latest?.time, epochMs, zone, needsDate(latest, epochMs, zone));
}

/** Whether a time written without a date would be read on a different day than `epochMs`. */
export function needsDate(like: TimelineEntry | undefined, epochMs: number, zone: string): boolean {
  if (!like) return true;
  if (like.time.hasDate) return true;
  return inZone(like.time.epochMs, zone).toISODate() !== inZone(epochMs, zone).toISODate();
}

/** A new entry's line, shaped like its neighbour: list marker, bold time, separator, or table cells. */
export function entryLine(neighbour: TimelineEntry | undefined, lineText: string | undefined, time: string, text: string): string {
  if (!neighbour || lineText === undefined || neighbour.source === 'sentence') return `- ${time} - ${text}`;
  const start = neighbour.time.range.start.character;
  const end = neighbour.time.range.end.character;
  if (neighbour.source === 'table') {
    const cells = lineText.trim().replace(/^\||\|$/g, '').split('|');
    const pipesBefore = (lineText.slice(0, start).match(/\|/g) ?? []).length;
    const timeCell = pipesBefore - (lineText.trimStart().startsWith('|') ? 1 : 0);
    return `| ${cells.map((_c, i) => (i === timeCell ? time : i === timeCell + 1 ? text : '')).join(' | ')} |`.replace(/ {2}\|/g, ' |');
  }
  const separator = /^(?:\*\*|__|`)?\s*(?:[-–—:|]\s*)?/.exec(lineText.slice(end))?.[0] || ' - ';
  return `${lineText.slice(0, start)}${time}${separator}${text}`;
}

/**
 * Inserts an entry at its chronological place: after the latest entry not later than it, else
 * before the earliest. With no entries it goes at the top of the timeline section, and with no
 * timeline section one is created where the template orders it.
 */
export function timelineEntryInsertion(result: LintResult, epochMs: number, text: string, defaultZone?: string): TextEdit {
  const problem = entryTextProblem(text);
  if (problem) throw new RangeError(problem);
  const { document } = result;
  const entries = document.timeline;
  const zone = timelineZone(result, defaultZone);
  const before = entries.filter((e) => e.time.epochMs <= epochMs).sort((a, b) => a.time.epochMs - b.time.epochMs || a.line - b.line);
  const anchor = before[before.length - 1];
  const neighbour = anchor ?? [...entries].sort((a, b) => a.time.epochMs - b.time.epochMs)[0];
  const time = formatLike(neighbour?.time, epochMs, zone, needsDate(neighbour, epochMs, zone));
  const line = entryLine(neighbour, neighbour && document.lines[neighbour.line], time, text);
  if (anchor) {
    const unit = entryUnits(document).find((u) => u.entry === anchor)!;
    return insertLines(document, unit.last + 1, [line]);
  }
  if (neighbour) return insertLines(document, neighbour.line, [line]);
  const timelineKeys = compileTemplate(result.template).keysWithRole('timeline');
  const section = document.allSections.find((s) => s.key && timelineKeys.has(s.key));
  if (section) return insertLines(document, section.line + 1, ['', line], false);
  const template = result.template.sections.find((s) => s.role === 'timeline');
  if (!template) return insertLines(document, document.lines.length, [line], true);
  const plan = planSectionInsertion(document, result.template, template);
  return insertLines(document, plan.line, [plan.snippet.split('\n')[0], '', line], true);
}

/**
 * Why a timeline entry's text cannot be inserted, or undefined when it can: an entry is one line,
 * so a line break would split it and could start a heading or a list of its own.
 */
export function entryTextProblem(text: string): string | undefined {
  if (/[\r\n\u2028\u2029]/.test(text)) return 'a timeline entry\'s text must be one line (it holds a line break)';
  if (!text.trim()) return 'a timeline entry\'s text must say what happened (it is empty)';
  return undefined;
}
