/**
 * The postmortem engine: reads a Markdown postmortem and checks it. No editor, LSP or file
 * system here; the CLI, the language server and the tests call it with text and options.
 */
export * from './model';
export { lint, type Diagnostic, type LintResult } from './lint';
export { parseDocument, type ParseOptions, type ParseResult } from './document/parseDocument';
export { resolveConfig, checkConfigFile, type ResolvedConfig } from './config/resolveConfig';
export type { ConfigFile, UserSettings, RuleSetting } from './config/config';
export { buildConfigSchema } from './config/schema';
export { RULES, findRule, ruleDocUrl } from './rules';
export type { AnyRule, Rule, Fix, TextEdit, Finding } from './rules/rule';
export { applyEdits } from './fix/applyEdits';
export { planSectionInsertion, sectionInsertion } from './fix/sectionInsertion';
export { snippetToText } from './fix/snippet';
export { PRESETS, PRESET_IDS, findPreset } from './templates/presets';
export type { Template, TemplateSection, SectionRole } from './templates/template';
export { compileTemplate, type CompiledTemplate } from './templates/compiled';
export { scanLine } from './time/scan';
export { toLuxonZone, ZONE_ABBREVIATIONS } from './time/zones';
export { lifecycleRole, LIFECYCLE_WORDS } from './document/lifecycle';
export { newPostmortem, postmortemBaseName, slugify, isCalendarDate, localDate } from './newPostmortem';
export { SEVERITIES, DEFAULT_SEVERITY, findSeverity, type IncidentSeverity } from './incident/severities';
export { classifyPostmortem, looksLikePostmortem, notAPostmortemNote, DEFAULT_INCLUDE, type PostmortemScope, type ScopeVerdict } from './scope/postmortemScope';
