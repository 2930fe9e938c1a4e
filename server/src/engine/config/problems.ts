import type { Range } from '../model';
import type { JsonPath } from './jsonLocation';

/**
 * What is wrong with a setting, typed, so each caller shows it its own way: the language server
 * on the config file at `range` (and a pointer on each postmortem), the CLI as one line.
 */
export interface ConfigProblem {
  /** The editor's settings (or the CLI's flags), or a `.postmortemrc.json`. */
  origin: 'settings' | 'file';
  kind: ConfigProblemKind;
  /** The setting it is about (`["rules", "PM022"]`); empty for the file as a whole. */
  path: JsonPath;
  /** In the user's words, naming the setting but not the file (the caller knows the file). */
  message: string;
  /** Where in the config file's text; undefined for settings and for a file that was not read. */
  range?: Range;
}

export type ConfigProblemKind =
  /** The file could not be read. */
  | 'unreadable'
  /** The file is not JSON. */
  | 'syntax'
  /** A value of the wrong type or outside its allowed values, or a required one missing. */
  | 'invalid-value'
  /** A name the configuration does not know (a setting, a rule). */
  | 'unknown-name';

/** One line for a terminal, as compilers write it: `file:line:column: message`. */
export function configProblemLine(source: string, problem: ConfigProblem): string {
  const where = problem.range ? `:${problem.range.start.line + 1}:${problem.range.start.character + 1}` : '';
  return `${source}${where}: ${problem.message}`;
}

/** `"rules.PM022"`, `"sections[0].key"`: a setting named as a user would look for it in the file. */
export function settingName(path: JsonPath): string {
  return `"${path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('')}"`;
}

/** A value as the user wrote it, shortened: `"loud"`, `3`, `{"level":"x"}`. */
export function shownValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

/** A zone name the reader cannot use, in words shared by the settings and the config file. */
export function unknownZoneMessage(subject: string, zone: string): string {
  return `${subject} is "${zone}", which is not a time zone; use an abbreviation (UTC, PST), an offset (UTC+2) or an IANA name (Europe/Paris)`;
}
