import type { Metrics, PostmortemDocument, Range, Severity } from './model';
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
    const report = (finding: { message: string; range: Range; fix?: Fix }) => {
      if (suppressions.isDisabled(rule.id, finding.range.start.line)) return;
      diagnostics.push({ code: rule.id, alias: rule.alias, severity: level, message: finding.message, range: finding.range, docUrl: ruleDocUrl(rule), fix: finding.fix });
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
