import type { RuleSetting, UserSettings } from '../engine';
import { SETTINGS } from '../settings/definitions';
import type { Logger, TraceLevel } from './logger';

/** The `postmortem.*` settings one document is checked with. */
export interface PostmortemSettings {
  template: string;
  rules: Record<string, RuleSetting>;
  include: string[];
  exclude: string[];
  defaultTimeZone: string;
  trace: { server: TraceLevel };
}

export const SETTINGS_SECTION = 'postmortem';

const TRACE_LEVELS: readonly TraceLevel[] = ['off', 'messages', 'verbose'];

function defaultOf<T>(key: string): T {
  return structuredClone(SETTINGS[`${SETTINGS_SECTION}.${key}`]?.default) as T;
}

export function defaultSettings(): PostmortemSettings {
  return {
    template: defaultOf<string>('template') ?? 'auto',
    rules: defaultOf<Record<string, RuleSetting>>('rules') ?? {},
    include: defaultOf<string[]>('include') ?? [],
    exclude: defaultOf<string[]>('exclude') ?? [],
    defaultTimeZone: defaultOf<string>('defaultTimeZone') ?? '',
    trace: { server: defaultOf<TraceLevel>('trace.server') ?? 'off' },
  };
}

/**
 * Reads what a client sent for `postmortem`. A value of the wrong type falls back to its default
 * here; values of the right type that mean nothing (an unknown template or zone) are left for the
 * engine, which reports them on the document.
 */
export function readSettings(raw: unknown): PostmortemSettings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object') return settings;
  const value = raw as Record<string, unknown>;
  if (typeof value.template === 'string' && value.template) settings.template = value.template;
  if (value.rules && typeof value.rules === 'object' && !Array.isArray(value.rules)) settings.rules = value.rules as Record<string, RuleSetting>;
  if (Array.isArray(value.include) && value.include.every((g) => typeof g === 'string')) settings.include = value.include as string[];
  if (Array.isArray(value.exclude) && value.exclude.every((g) => typeof g === 'string')) settings.exclude = value.exclude as string[];
  if (typeof value.defaultTimeZone === 'string') settings.defaultTimeZone = value.defaultTimeZone.trim();
  const trace = (value.trace as Record<string, unknown> | undefined)?.server;
  if (TRACE_LEVELS.includes(trace as TraceLevel)) settings.trace.server = trace as TraceLevel;
  return settings;
}

export function toUserSettings(settings: PostmortemSettings): UserSettings {
  return { template: settings.template, rules: settings.rules, defaultTimeZone: settings.defaultTimeZone || undefined, include: settings.include, exclude: settings.exclude };
}

/**
 * Settings pulled from the client per document (a folder or a file can override them) and cached
 * as a promise per URI, as lsp-sample does, so concurrent requests ask once. Nothing is kept
 * server-wide: a client that cannot be asked pushes its settings with didChangeConfiguration, and
 * those stand in for every document until the next push.
 */
export class DocumentSettings {
  private readonly byUri = new Map<string, Promise<PostmortemSettings>>();
  private pushed: unknown;

  /** `pull` is undefined when the client cannot answer workspace/configuration. */
  constructor(
    private readonly pull: ((uri: string) => Promise<unknown>) | undefined,
    private readonly log: Logger,
  ) {}

  get(uri: string): Promise<PostmortemSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.read(uri);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** Forgets every document's settings; `pushed` is the payload of a didChangeConfiguration. */
  clear(pushed?: unknown): void {
    this.byUri.clear();
    if (!this.pull) this.pushed = (pushed as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async read(uri: string): Promise<PostmortemSettings> {
    if (!this.pull) return readSettings(this.pushed);
    try {
      return readSettings(await this.pull(uri));
    } catch (error) {
      // Kept until the next configuration change, so a client that cannot answer is not asked on every keystroke.
      this.log.warn('settings', `could not read settings, using defaults: ${(error as Error).message}`, { uri });
      return defaultSettings();
    }
  }
}
