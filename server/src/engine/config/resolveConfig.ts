import type Ajv from 'ajv';
import type { Level } from '../model';
import type { AnyRule } from '../rules/rule';
import { RULES, findRule } from '../rules';
import type { Template, TemplateSection } from '../templates/template';
import { findPreset } from '../templates/presets';
import { toLuxonZone } from '../time/zones';
import type { ConfigFile, RuleSetting, UserSettings } from './config';
import { buildConfigSchema } from './schema';
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
  /** What was wrong in the settings or the config file, one clear sentence each. */
  problems: string[];
}

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(config: unknown) {
  if (!validator) {
    // Loaded on first use: most documents have no config file, and Ajv is a tenth of the
    // language server's start-up when loaded eagerly.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const AjvClass: typeof Ajv = require('ajv').default;
    validator = new AjvClass({ allErrors: true, strict: false }).compile(buildConfigSchema());
  }
  return { valid: validator(config) as boolean, errors: validator.errors ?? [] };
}

/** Checks a config file against the schema; each problem is one line naming where it is. */
export function checkConfigFile(config: unknown, source: string): string[] {
  const { valid, errors } = validate(config);
  if (valid) return [];
  return errors.slice(0, 5).map((e) => `${source}: ${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : ''}`);
}

/**
 * Settings first, then the config file over them. Bad values are reported and skipped, never
 * fatal: a typo in one rule's level leaves every other setting working.
 */
export function resolveConfig(settings: UserSettings = {}, file?: { config: ConfigFile; source: string }): ResolvedConfig {
  const problems: string[] = [];
  const levels = new Map<string, Level>();
  const options = new Map<string, Record<string, unknown>>();
  for (const rule of RULES) options.set(rule.id, { ...rule.defaultOptions });
  applyRules(settings.rules ?? {}, 'settings', levels, options, problems);

  let template = settings.template && settings.template !== 'auto' ? findPreset(settings.template) : undefined;
  if (settings.template && settings.template !== 'auto' && !template) problems.push(`settings: unknown template "${settings.template}"; choosing the best fit instead.`);
  let defaultTimeZone = checkZone(settings.defaultTimeZone, 'settings', problems);
  let scope: PostmortemScope = { include: settings.include ?? DEFAULT_INCLUDE, exclude: settings.exclude ?? [] };

  if (file) {
    const fileProblems = checkConfigFile(file.config, file.source);
    problems.push(...fileProblems);
    const config = file.config;
    if (fileProblems.length === 0) {
      template = templateFromFile(config) ?? template;
      defaultTimeZone = checkZone(config.defaultTimeZone, file.source, problems) ?? defaultTimeZone;
      applyRules(config.rules ?? {}, file.source, levels, options, problems);
      scope = { include: config.include ?? scope.include, exclude: [...scope.exclude, ...(config.ignores ?? [])] };
    }
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

function checkZone(zone: string | undefined, source: string, problems: string[]): string | undefined {
  if (!zone) return undefined;
  if (toLuxonZone(zone)) return zone;
  problems.push(`${source}: unknown time zone "${zone}"; use an abbreviation (UTC, PST), an offset (UTC+2) or an IANA name (Europe/Paris).`);
  return undefined;
}

function applyRules(
  rules: Record<string, RuleSetting>,
  source: string,
  levels: Map<string, Level>,
  options: Map<string, Record<string, unknown>>,
  problems: string[],
): void {
  for (const [name, setting] of Object.entries(rules)) {
    const rule: AnyRule | undefined = findRule(name);
    if (!rule) {
      problems.push(`${source}: unknown rule "${name}".`);
      continue;
    }
    const level = typeof setting === 'string' ? setting : setting?.level;
    if (level !== undefined) {
      if (['off', 'hint', 'info', 'warning', 'error'].includes(level)) levels.set(rule.id, level);
      else problems.push(`${source}: rule "${name}" has level "${String(level)}"; use off, hint, info, warning or error.`);
    }
    if (setting && typeof setting === 'object') {
      const { level: _level, ...rest } = setting;
      options.set(rule.id, { ...options.get(rule.id), ...rest });
    }
  }
}
