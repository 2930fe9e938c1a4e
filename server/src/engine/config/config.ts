import type { Level } from '../model';
import type { TemplateSection } from '../templates/template';

/** A rule's setting: a level, or a level with options. */
export type RuleSetting = Level | { level?: Level; [option: string]: unknown };

/** `.postmortemrc.json` as written; see `postmortemrc.schema.json`. */
export interface ConfigFile {
  $schema?: string;
  /** A preset id, used as it is. */
  template?: string;
  /** A preset id that `sections` add to or override. */
  extends?: string;
  /** Sections of a custom template, or of the preset `extends` names. */
  sections?: TemplateSection[];
  /** Word range for a custom template. */
  words?: { min: number; max: number };
  /** The zone times without one are read in, where the document declares none. */
  defaultTimeZone?: string;
  rules?: Record<string, RuleSetting>;
  /** Globs of the files that are postmortems; replaces the settings' (and the CLI's default) list. */
  include?: string[];
  /** Globs of files that are never postmortems (markdownlint-cli2's name), added to the settings' exclude. */
  ignores?: string[];
}

/** Settings from the editor (or the CLI's flags), which a config file overrides. */
export interface UserSettings {
  template?: string;
  defaultTimeZone?: string;
  rules?: Record<string, RuleSetting>;
  /** Unset: DEFAULT_INCLUDE. */
  include?: readonly string[];
  exclude?: readonly string[];
}
