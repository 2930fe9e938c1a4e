// The language server reads these settings before it loads the engine: the index would load it all.
// eslint-disable-next-line no-restricted-imports
import { DEFAULT_INCLUDE } from '../engine/scope/postmortemScope';
import { PRESET_IDS } from '../engine/presets';

/**
 * The `postmortem.*` settings: the one source for the language server's reading of them and
 * for the `contributes.configuration` block of package.json, which is generated from it.
 */
export interface SettingDefinition {
  type: string | string[];
  default: unknown;
  description: string;
  enum?: readonly string[];
  enumDescriptions?: readonly string[];
  items?: Record<string, unknown>;
  additionalProperties?: Record<string, unknown>;
  scope?: 'resource' | 'window' | 'machine-overridable';
  markdownDescription?: string;
}

export const SETTINGS: Readonly<Record<string, SettingDefinition>> = {
  'postmortem.template': {
    type: 'string',
    enum: ['auto', ...PRESET_IDS],
    default: 'auto',
    description: 'The template postmortems are checked against. "auto" picks the preset that fits each document best. A .postmortemrc.json overrides this.',
    scope: 'resource',
  },
  'postmortem.rules': {
    type: 'object',
    default: {},
    additionalProperties: { enum: ['off', 'hint', 'info', 'warning', 'error'] },
    description: 'Rule levels by id or alias, for example { "PM022": "off", "blameful-language": "error" }. A .postmortemrc.json overrides these.',
    scope: 'resource',
  },
  'postmortem.include': {
    type: 'array',
    items: { type: 'string' },
    default: [...DEFAULT_INCLUDE],
    description: 'Globs of Markdown files that are postmortems. Files whose front matter names a template or declares `type: postmortem`, or whose title says postmortem, incident report or RCA, are postmortems wherever they are (unless excluded). `postmortem lint` uses the same rule; an `include` list in .postmortemrc.json replaces this one.',
    scope: 'resource',
  },
  'postmortem.exclude': {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'Globs of Markdown files that are never postmortems, whatever their name or title (for example **/drafts/**). The `ignores` list of a .postmortemrc.json is added to these.',
    scope: 'resource',
  },
  'postmortem.defaultTimeZone': {
    type: 'string',
    default: '',
    description: 'The time zone assumed for times written without one when the document declares none (for example UTC, PST, Europe/Paris). Empty: UTC, and such times are reported.',
    scope: 'resource',
  },
  'postmortem.folder': {
    type: 'string',
    default: 'postmortems',
    description: 'The folder, relative to the workspace folder, where "Postmortem: New Postmortem" creates files named <date>-<title>.md. Ignored in untrusted workspaces, where the default applies.',
    scope: 'resource',
  },
  'postmortem.trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    description: 'Traces the communication between VS Code and the Postmortem language server, in the "Postmortem" output channel.',
    scope: 'window',
  },
};
