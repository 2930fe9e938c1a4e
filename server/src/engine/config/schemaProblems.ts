import type { ErrorObject } from 'ajv';
import type { JsonPath } from './jsonLocation';
import { settingName, shownValue, type ConfigProblem } from './problems';

/** A schema problem before it is placed in the text: `mark` says whether the name or the value is at fault. */
export type UnplacedProblem = Omit<ConfigProblem, 'range'> & { mark: 'key' | 'value' };

/**
 * Ajv's errors (compiled with `verbose`) as one problem per mistake, in the user's words. One
 * wrong rule level is three errors to Ajv (one per branch of the setting's `oneOf`, and the
 * `oneOf` itself); the user made one mistake, so one problem comes back.
 */
export function schemaProblems(errors: readonly ErrorObject[]): UnplacedProblem[] {
  const dropped = new Set<ErrorObject>();
  for (const oneOf of errors.filter((e) => e.keyword === 'oneOf')) {
    const branches = branchErrors(oneOf, errors);
    // No branch errors: more than one branch matched, and the oneOf error itself says so.
    if (branches.length === 0) continue;
    dropped.add(oneOf);
    branchesNotTaken(oneOf, branches).forEach((e) => dropped.add(e));
  }
  return errors.filter((e) => !dropped.has(e)).map(describe);
}

/** The errors of each branch of a `oneOf`, in the schema's order. */
function branchErrors(oneOf: ErrorObject, errors: readonly ErrorObject[]): ErrorObject[][] {
  const branches = new Map<string, ErrorObject[]>();
  const inBranch = new RegExp(`^${escape(oneOf.schemaPath)}/(\\d+)/`);
  for (const e of errors) {
    const branch = inBranch.exec(e.schemaPath)?.[1];
    if (branch !== undefined) branches.set(branch, [...(branches.get(branch) ?? []), e]);
  }
  return [...branches.values()];
}

/**
 * The errors of the `oneOf` branches the user did not mean. The branch meant is the one whose
 * errors are all deeper (an object setting with a bad level), else one the value has the type
 * of (a misspelt level; an object with an unknown option), else the first.
 */
function branchesNotTaken(oneOf: ErrorObject, branches: readonly ErrorObject[][]): ErrorObject[] {
  const fit = (branch: ErrorObject[]) => {
    const here = branch.filter((e) => e.instancePath === oneOf.instancePath);
    if (here.length === 0) return 2;
    return here.some(wrongType) ? 0 : 1;
  };
  const ranked = [...branches].sort((a, b) => fit(b) - fit(a));
  return ranked.slice(1).flat();
}

/** The value is not even of the kind the schema wants there: an object where a level (a string) goes. */
function wrongType(error: ErrorObject): boolean {
  if (error.keyword === 'type') return true;
  if (error.keyword !== 'enum') return false;
  return !(error.params as { allowedValues: unknown[] }).allowedValues.some((allowed) => jsonType(allowed) === jsonType(error.data));
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function describe(error: ErrorObject): UnplacedProblem {
  const path = pathOf(error.instancePath);
  const subject = path.length ? settingName(path) : 'The configuration';
  const params = error.params as Record<string, unknown>;
  const got = `; got ${shownValue(error.data)}`;
  const invalid = (message: string, at: JsonPath = path, mark: 'key' | 'value' = 'value'): UnplacedProblem => ({ origin: 'file', kind: 'invalid-value', path: at, message, mark });
  switch (error.keyword) {
    case 'enum':
      return invalid(`${subject} must be one of ${(params.allowedValues as unknown[]).map(shownValue).join(', ')}${got}`);
    case 'type':
      return invalid(`${subject} must be ${TYPE_WORDS[params.type as string] ?? params.type}${got}`);
    case 'required':
      return invalid(`${subject} needs "${String(params.missingProperty)}"`, path, 'key');
    case 'minimum':
      return invalid(`${subject} must be at least ${String(params.limit)}${got}`);
    case 'minLength':
      return invalid(`${subject} must not be empty`);
    case 'pattern':
      return invalid(`${subject} must match ${String(params.pattern)}${got}`);
    case 'additionalProperties':
      return unknownName(path, String(params.additionalProperty), error.parentSchema);
    default:
      return invalid(`${subject} ${error.message ?? 'is not valid'}`);
  }
}

function unknownName(parent: JsonPath, name: string, parentSchema: unknown): UnplacedProblem {
  const path = [...parent, name];
  const known = Object.keys((parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
  const use = known.map((k) => `"${k}"`).join(', ');
  const underRules = parent[0] === 'rules';
  const message =
    underRules && parent.length === 1
      ? `"${name}" is not a rule; name a rule by its id (PM001) or its alias (required-section)`
      : `${settingName(path)} is not ${underRules && parent.length === 2 ? 'an option of this rule' : 'a setting'}; use ${use}`;
  return { origin: 'file', kind: 'unknown-name', path, message, mark: 'key' };
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object ({ ... })',
  array: 'a list ([ ... ])',
  string: 'text in double quotes',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/** `/sections/0/key` as `["sections", 0, "key"]` (JSON pointer, RFC 6901). */
function pathOf(pointer: string): JsonPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
