import type { Level } from '../model';
import type { AnyRule } from '../rules/rule';
import { RULES, findRule } from '../rules';
import type { Template, TemplateSection } from '../templates/template';
import { findPreset } from '../templates/presets';
import { toLuxonZone } from '../time/zones';
import type { ConfigFile, RuleSetting, UserSettings } from './config';
import { unknownZoneMessage, type ConfigProblem } from './problems';
import { DEFAULT_INCLUDE, type PostmortemScope } from '../scope/postmortemScope';

/** Everything a lint run needs from settings and config files, checked. */
export interface ResolvedConfig {
  /** Undefined: choose the best-fitting preset for each document. */
  template?: Template;
  defaultTimeZone?: string;
  /** The levels settings and config files set; a rule not in it runs at its default level. */
  levels: ReadonlyMap<string, Level>;
  options: ReadonlyMap<string, Record<string, unknown>>;
  /** Which files are postmortems: the settings' globs, with the config file's include and ignores over them. */
  scope: PostmortemScope;
  /** What was wrong in the settings; skipped, the rest applies. (A config file with problems is not resolved at all.) */
  problems: ConfigProblem[];
}

/**
 * Settings first, then the config file over them. A bad setting is reported and skipped, never
 * fatal: a typo in one rule's level leaves every other setting working. The config file must
 * have passed `checkConfigText`: its problems are shown where it is written, and it is applied
 * whole or not at all.
 */
export function resolveConfig(settings: UserSettings = {}, file?: { config: ConfigFile; source: string }): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const levels = new Map<string, Level>();
  const options = new Map<string, Record<string, unknown>>();
  for (const rule of RULES) options.set(rule.id, { ...rule.defaultOptions });
  applyRules(settings.rules ?? {}, levels, options, problems);

  let template = settings.template && settings.template !== 'auto' ? findPreset(settings.template) : undefined;
  if (settings.template && settings.template !== 'auto' && !template) problems.push(settingsProblem('invalid-value', ['template'], `"postmortem.template" is "${settings.template}", which is not a template; the best-fitting one is chosen for each document`));
  let defaultTimeZone = checkZone(settings.defaultTimeZone, problems);
  let scope: PostmortemScope = { include: settings.include ?? DEFAULT_INCLUDE, exclude: settings.exclude ?? [] };

  if (file) {
    const config = file.config;
    template = templateFromFile(config) ?? template;
    defaultTimeZone = config.defaultTimeZone ?? defaultTimeZone;
    applyRules(config.rules ?? {}, levels, options, problems);
    scope = { include: config.include ?? scope.include, exclude: [...scope.exclude, ...(config.ignores ?? [])] };
  }
  return { template, defaultTimeZone, levels, options, scope, problems };
}

function templateFromFile(config: ConfigFile): Template | undefined {
  if (config.template) return findPreset(config.template);
  const base = config.extends ? findPreset(config.extends) : undefined;
  if (!config.sections) return base;
  const sections = mergeSections(base?.sections ?? [], config.sections.map(withDefaults));
  return {
    id: base ? `${base.id}+custom` : 'custom',
    name: base ? `${base.name} (customised)` : 'Custom template',
    description: 'From .postmortemrc.json',
    sections,
    words: config.words ?? base?.words,
  };
}

function withDefaults(section: Partial<TemplateSection> & { key: string; title: string }): TemplateSection {
  return {
    aliases: [],
    required: false,
    role: 'other',
    description: '',
    scaffold: '',
    ...section,
    children: section.children?.map(withDefaults),
  };
}

/** A custom section with a preset's key replaces it in place; new ones go at the end. */
function mergeSections(base: readonly TemplateSection[], custom: readonly TemplateSection[]): TemplateSection[] {
  const merged = base.map((s) => custom.find((c) => c.key === s.key) ?? s);
  return [...merged, ...custom.filter((c) => !base.some((s) => s.key === c.key))];
}

function checkZone(zone: string | undefined, problems: ConfigProblem[]): string | undefined {
  if (!zone) return undefined;
  if (toLuxonZone(zone)) return zone;
  problems.push(settingsProblem('invalid-value', ['defaultTimeZone'], unknownZoneMessage('"postmortem.defaultTimeZone"', zone)));
  return undefined;
}

function settingsProblem(kind: ConfigProblem['kind'], path: string[], message: string): ConfigProblem {
  return { origin: 'settings', kind, path, message };
}

function applyRules(
  rules: Record<string, RuleSetting>,
  levels: Map<string, Level>,
  options: Map<string, Record<string, unknown>>,
  problems: ConfigProblem[],
): void {
  for (const [name, setting] of Object.entries(rules)) {
    const rule: AnyRule | undefined = findRule(name);
    if (!rule) {
      problems.push(settingsProblem('unknown-name', ['rules', name], `"${name}" in "postmortem.rules" is not a rule; name a rule by its id (PM001) or its alias (required-section)`));
      continue;
    }
    const level = typeof setting === 'string' ? setting : setting?.level;
    if (level !== undefined) {
      if (['off', 'hint', 'info', 'warning', 'error'].includes(level)) levels.set(rule.id, level);
      else problems.push(settingsProblem('invalid-value', ['rules', name, 'level'], `"postmortem.rules" gives "${name}" the level "${String(level)}"; use off, hint, info, warning or error`));
    }
    if (setting && typeof setting === 'object') {
      const { level: _level, ...rest } = setting;
      options.set(rule.id, { ...options.get(rule.id), ...rest });
    }
  }
}
