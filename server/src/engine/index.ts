/**
 * The postmortem engine: reads a Markdown postmortem and checks it. No editor, LSP or file
 * system here; the CLI, the language server and the tests call it with text and options.
 */
export * from './model';
export { lint, type Diagnostic, type LintResult } from './lint';
export { parseDocument, type ParseOptions, type ParseResult } from './document/parseDocument';
export { parseMarkdown, type MarkdownStructure } from './document/markdown';
export { splitLines } from './document/lines';
export { resolveConfig, type ResolvedConfig } from './config/resolveConfig';
export { checkConfigText, type ConfigCheck } from './config/checkConfig';
export { configProblemLine, type ConfigProblem, type ConfigProblemKind } from './config/problems';
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
export { trimmedBounds } from './document/lines';
export { toLuxonZone, ZONE_ABBREVIATIONS } from './time/zones';
export { lifecycleRole, LIFECYCLE_WORDS } from './document/lifecycle';
export { newPostmortem, postmortemBaseName, slugify, isCalendarDate, localDate } from './newPostmortem';
// Authoring: every change the CLI and the editors make to a document, computed here once.
export { fixAll, replacementEdit, type FixAllOutcome } from './authoring/fixAll';
export { missingSections, missingChildren, findTemplateSection, sectionInsertEdit } from './authoring/sections';
export { timelineEntryInsertion, entryTextProblem, entryLine, entryTime, formatLike, timelineZone } from './authoring/timelineEntry';
export { sortTimeline } from './authoring/sortTimeline';
export { timeZoneEdit } from './authoring/timeZone';
export { writableZone } from './authoring/writeZone';
export { disableForLineEdit, disableForFileEdit } from './authoring/disable';
export { lastContentLine } from './authoring/lines';
// What the editors show of the engine's reading: runs of the timeline, the template's outline.
export { timelineRuns, type TimelineRun } from './fix/sortTimeline';
export { walkSections } from './templates/template';
export { isPresent, sectionsByKey } from './query/sections';
export { normalizeTitle } from './templates/normalize';
export { SEVERITIES, DEFAULT_SEVERITY, findSeverity, type IncidentSeverity } from './incident/severities';
export { classifyPostmortem, looksLikePostmortem, notAPostmortemNote, DEFAULT_INCLUDE, type PostmortemScope, type ScopeVerdict } from './scope/postmortemScope';
export { formatMinutes } from './format/minutes';
// Pasted logs as timeline entries: the readers, and the one edit that writes them.
export { importTimeline, readPastedEvents, entryText as importedEntryText, inTimeline, READERS, type TimelineImport, type ImportOptions, type ReadPaste, type TimelineEvent, type EventTime, type WallTime, type ImportFormat, type EventReader } from './import';
export { parseCsv } from './import';
// The timeline drawn: a mermaid block kept in the document and a standalone SVG.
export * from './diagram';
// The team's roll-up across postmortems: the CLI's `stats` and the editor read the same numbers.
export * from './rollup';
