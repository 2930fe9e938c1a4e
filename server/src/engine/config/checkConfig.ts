import type Ajv from 'ajv';
import type { Range } from '../model';
import { toLuxonZone } from '../time/zones';
import type { ConfigFile } from './config';
import { locateJson, positionAt } from './jsonLocation';
import { unknownZoneMessage, type ConfigProblem } from './problems';
import { schemaProblems, type UnplacedProblem } from './schemaProblems';
import { buildConfigSchema } from './schema';

/** A config file's text, checked: the configuration, or every mistake in it, placed in the text. */
export type ConfigCheck = { ok: true; config: ConfigFile } | { ok: false; problems: ConfigProblem[] };

/** Schema problems past this many are left for the next save: the first ones are the ones to fix. */
const MAX_PROBLEMS = 10;

/**
 * Reads a `.postmortemrc.json`: JSON syntax, then the schema, then the values the schema cannot
 * judge (a time zone's name). A file with any problem is not applied at all, by the CLI or the
 * editor: half a configuration checks documents by rules nobody chose.
 */
export function checkConfigText(text: string): ConfigCheck {
  // Editors do not count a byte-order mark as a character; positions are placed without it.
  const json = text.replace(/^\uFEFF/, '');
  let config: unknown;
  try {
    config = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(json, error as Error)] };
  }
  const problems = [...validate(config), ...valueProblems(config as ConfigFile)].slice(0, MAX_PROBLEMS);
  if (problems.length === 0) return { ok: true, config: config as ConfigFile };
  return { ok: false, problems: problems.map((p) => place(json, p)) };
}

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(config: unknown): UnplacedProblem[] {
  if (!validator) {
    // Loaded on first use: most documents have no config file, and Ajv is a tenth of the
    // language server's start-up when loaded eagerly.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const AjvClass: typeof Ajv = require('ajv').default;
    // verbose: the errors carry the value the user wrote, which the messages quote.
    validator = new AjvClass({ allErrors: true, strict: false, verbose: true }).compile(buildConfigSchema());
  }
  return validator(config) ? [] : schemaProblems(validator.errors ?? []);
}

function valueProblems(config: ConfigFile): UnplacedProblem[] {
  const zone = config?.defaultTimeZone;
  if (typeof zone !== 'string' || toLuxonZone(zone)) return [];
  return [{ origin: 'file', kind: 'invalid-value', path: ['defaultTimeZone'], message: unknownZoneMessage('"defaultTimeZone"', zone), mark: 'value' }];
}

/** The name or value at fault; a value that spans lines is marked on its first character only. */
function place(text: string, { mark, ...problem }: UnplacedProblem): ConfigProblem {
  const location = locateJson(text, problem.path);
  const range = location && ((mark === 'key' && location.key) || location.value);
  return range ? { ...problem, range: firstLine(range) } : problem;
}

function firstLine(range: Range): Range {
  if (range.end.line === range.start.line) return range;
  return { start: range.start, end: { line: range.start.line, character: range.start.character + 1 } };
}

/** V8 says where JSON broke as an offset ("at position 25"); without one, it broke at the end. */
function syntaxProblem(text: string, error: Error): ConfigProblem {
  const offset = Number(/at position (\d+)/.exec(error.message)?.[1] ?? text.length);
  const start = positionAt(text, offset);
  const end = offset < text.length && text[offset] !== '\n' ? { line: start.line, character: start.character + 1 } : start;
  // V8's message without the position (given as the range) or its quoted copy of the input.
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
  return { origin: 'file', kind: 'syntax', path: [], message: `not valid JSON: ${reason}`, range: { start, end } };
}
