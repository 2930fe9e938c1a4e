import type { Metrics, PostmortemDocument, Position, Range, Severity } from './model';
import type { Fix } from './rules/rule';
import type { Template } from './templates/template';
import { parseDocument } from './document/parseDocument';
import { RULES, findRule, ruleDocUrl } from './rules';
import { readSuppressions } from './rules/disableComments';
import { resolveConfig, type ResolvedConfig } from './config/resolveConfig';

export interface Diagnostic {
  code: string;
  alias: string;
  severity: Severity;
  message: string;
  range: Range;
  docUrl: string;
  fix?: Fix;
}

export interface LintResult {
  document: PostmortemDocument;
  template: Template;
  templateReason: string;
  diagnostics: Diagnostic[];
  metrics: Metrics;
}

/** Parses a postmortem and runs every rule that is not off; a rule that throws is reported, not fatal. */
export function lint(text: string, config: ResolvedConfig = resolveConfig()): LintResult {
  const { document, template, templateReason, templateNamed } = parseDocument(text, { template: config.template, defaultZone: config.defaultTimeZone });
  const suppressions = readSuppressions(document.lines, (name) => findRule(name)?.id);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const level = config.levels.get(rule.id) ?? ((!templateNamed && rule.levelWhenTemplateGuessed) || rule.defaultLevel);
    if (level === 'off') continue;
    // Once per rule, not per finding: a rule can report once for each of 80,000 lines.
    const docUrl = ruleDocUrl(rule);
    const report = (finding: { message: string; range: Range; fix?: Fix }) => {
      if (suppressions.isDisabled(rule.id, finding.range.start.line)) return;
      diagnostics.push({ code: rule.id, alias: rule.alias, severity: level, message: finding.message, range: withinDocument(document.lines, finding.range), docUrl, fix: finding.fix });
    };
    try {
      rule.check({ document, template, options: config.options.get(rule.id) ?? rule.defaultOptions, report });
    } catch (error) {
      report({ message: `Rule ${rule.id} (${rule.alias}) failed on this document: ${(error as Error).message}`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    }
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
  return { document, template, templateReason, diagnostics, metrics: document.metrics };
}

/**
 * The range moved inside the document, start never after end: an editor given a position past
 * the last line, or a range that ends before it starts, rejects or misplaces the whole batch.
 */
function withinDocument(lines: readonly string[], range: Range): Range {
  const clamp = (p: Position): Position => {
    const line = Math.max(0, Math.min(p.line, lines.length - 1));
    return { line, character: Math.max(0, Math.min(p.character, lines[line]?.length ?? 0)) };
  };
  const start = clamp(range.start);
  const end = clamp(range.end);
  const ordered = end.line > start.line || (end.line === start.line && end.character >= start.character);
  if (ordered && start.line === range.start.line && start.character === range.start.character && end.line === range.end.line && end.character === range.end.character) return range;
  return { start, end: ordered ? end : start };
}
