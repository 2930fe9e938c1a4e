import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { findRule, findTemplateSection, type LintResult, type TimeMention } from '../../engine';
import type { Analysis } from '../analysisCache';
import { formatOffset, formatUtc } from '../format';
import { containsPosition } from '../ranges';

const ZONE_SOURCES: Record<TimeMention['zoneSource'], string> = {
  written: 'written with the time',
  line: 'taken from the zone written elsewhere on this line',
  declared: 'the zone the document declares',
  default: 'assumed: no zone written or declared',
};

/**
 * textDocument/hover: what a time means (its instant in UTC and T+offset from the incident's
 * start), what the template expects in a section, and what a finding's rule is about.
 */
export function hover(analysis: Analysis | undefined, position: Position, markdown: boolean): Hover | null {
  if (!analysis) return null;
  const { result } = analysis;
  const parts = [timePart(result, position), sectionPart(result, position), ...new Set(findingParts(result, position))].filter((p): p is string => !!p);
  if (parts.length === 0) return null;
  const value = parts.join('\n\n---\n\n');
  return { contents: markdown ? { kind: MarkupKind.Markdown, value } : { kind: MarkupKind.PlainText, value: value.replace(/[*`]/g, '') } };
}

function timePart(result: LintResult, position: Position): string | undefined {
  const { document } = result;
  const written = document.times.find((t) => containsPosition(t.range, position));
  if (!written) return undefined;
  // A timeline entry's time may have been moved past midnight; the entry holds the instant meant.
  const time = document.timeline.find((e) => e.time.range.start.line === written.range.start.line && e.time.range.start.character === written.range.start.character)?.time ?? written;
  const lines = [`**${time.text}** is ${formatUtc(time.epochMs)} (\`${time.iso}\`)`];
  const start = document.start?.time;
  if (start) lines.push(`${formatOffset(start.epochMs, time.epochMs)} from the start (${formatUtc(start.epochMs)})`);
  lines.push(`Zone ${time.zone}: ${ZONE_SOURCES[time.zoneSource]}${time.rolledOver ? '; read as the next day, after midnight' : ''}.`);
  const role = metricRole(result, written);
  if (role) lines.push(role);
  return lines.join('  \n');
}

const SOURCE_NAMES: ReadonlyArray<[keyof NonNullable<LintResult['metrics']['sources']>, string]> = [
  ['start', "the incident's **start**: the duration and every time-to figure count from here"],
  ['end', "the incident's **end**"],
  ['detected', 'the **detection** that time to detect is measured to'],
  ['acknowledged', 'the **acknowledgement** that time to acknowledge is measured to'],
  ['escalated', 'the **escalation** that time to escalate is measured to'],
  ['mitigated', 'the **mitigation** that time to mitigate is measured to'],
];

/** What the metrics take this time as, so a reader can see why the figures above the title are what they are. */
function metricRole(result: LintResult, written: TimeMention): string | undefined {
  const { document } = result;
  const line = written.range.start.line;
  const bound = [document.start, document.end].find((b) => b?.time.range.start.line === line && b.time.range.start.character === written.range.start.character);
  const names = SOURCE_NAMES.filter(([key]) => result.metrics.sources?.[key] === line && (key === 'start' || key === 'end' ? bound !== undefined : true)).map(([, name]) => name);
  return names.length ? `Read as ${names.join(', and ')}.` : undefined;
}

function sectionPart(result: LintResult, position: Position): string | undefined {
  const section = result.document.allSections.find((s) => containsPosition(s.titleRange, position));
  const template = section?.key ? findTemplateSection(result, section.key) : undefined;
  if (!section || !template) return undefined;
  const required = template.required ? 'required' : 'optional';
  return `**${template.title}** (${result.template.name}, ${required})\n\n${template.description}`;
}

function findingParts(result: LintResult, position: Position): string[] {
  return result.diagnostics
    .filter((d) => containsPosition(d.range, position))
    .map((d) => {
      const rule = findRule(d.code);
      return `**${d.code}** ${d.alias}: ${rule?.description ?? d.message} [Rule documentation](${d.docUrl})`;
    });
}
