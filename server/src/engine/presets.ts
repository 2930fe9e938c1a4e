/**
 * The engine's second front door, for the VS Code client: the templates and the text of a new
 * postmortem, without the parser and the rules, so the client's bundle stays small.
 */
export { PRESETS, PRESET_IDS, findPreset } from './templates/presets';
export type { Template, TemplateSection } from './templates/template';
export { newPostmortem, postmortemBaseName, slugify, isCalendarDate, localDate } from './newPostmortem';
export { SEVERITIES, DEFAULT_SEVERITY, findSeverity, type IncidentSeverity } from './incident/severities';
export { formatMinutes } from './format/minutes';
export { severityOrder } from './rollup/severity';
