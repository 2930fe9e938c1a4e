import { findPreset, lint, PRESET_IDS, type LintResult } from '../engine';
import { describeFsError } from '../node/fsErrors';
import { writeAtomically } from '../node/writeAtomically';
import { ConfigSource } from './configSource';
import { openRun, readPostmortem, STDIN_ARGUMENT, type Source } from './postmortemSources';
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, UsageError } from './errors';
import { fixAll, type FixAllOutcome } from '../engine';
import { fileProgress } from './progress';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatJunit } from './formatters/junit';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import type { CliIo } from './io';
import { countSeverities, skippedFixes, toFileReport, type FileReport, type FormatContext } from './report';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface LintOptions {
  /** Files, directories, globs and negated globs (`!x`, `#x`); `-` is standard input; none means the working directory. */
  paths: string[];
  format: Format;
  fix: boolean;
  /** A preset id that overrides the config file's template. */
  template?: string;
  /** An explicit config file, used for every document instead of the nearest one. */
  config?: string;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
}

const FORMATTERS: Record<Format, (reports: readonly FileReport[], context: FormatContext) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

/**
 * `postmortem lint`: finds the postmortems, lints each with the config that governs it, applies
 * the safe fixes in place with `--fix`, and prints one report. Files that cannot be read or
 * configured are reported on stderr and skipped; the others are still linted, and the exit code is 2.
 */
export async function lintCommand(options: LintOptions, io: CliIo, version: string): Promise<number> {
  const template = options.template === undefined ? undefined : findPreset(options.template);
  if (options.template !== undefined && !template) throw new UsageError(`unknown template "${options.template}"; use one of ${PRESET_IDS.join(', ')}`);
  const stdin = options.paths.includes(STDIN_ARGUMENT);
  if (stdin && options.fix) throw new UsageError('--fix cannot rewrite standard input; name the file instead');

  const run = await openRun(options.paths, io, { stdin, template, config: options.config });
  if (!run) return EXIT_TROUBLE;
  const { list, configs } = run;
  const reports: FileReport[] = [];
  const context: FormatContext = { cwd: io.cwd, color: io.color, version, skipped: 0, notPostmortems: 0 };
  // Problems are gathered and printed after the report, under it, where the summary points ("see below").
  const troubles = new Set<string>();
  // A person waiting at a terminal sees how far a long run is; the other formats are for machines.
  const progress = fileProgress(io, list.length, options.format === 'stylish');
  for (const [index, source] of list.entries()) {
    const outcome = await lintSource(source, configs, options.fix);
    progress.fileDone(index + 1);
    // A set: a broken config file is said once, not once for each document under it.
    outcome.problems?.forEach((p) => troubles.add(p));
    if (outcome.note) io.stderr(`${source.shown}: ${outcome.note}`);
    if (outcome.report) reports.push(outcome.report);
    else if (outcome.notPostmortem) context.notPostmortems++;
    else context.skipped++;
  }

  progress.finish();
  io.stdout(FORMATTERS[options.format](reports, context));
  troubles.forEach((t) => io.stderr(t));

  const counts = countSeverities(reports);
  if (troubles.size) return EXIT_TROUBLE;
  if (counts.error > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

interface SourceOutcome {
  report?: FileReport;
  /** Lines for stderr, after the report. */
  problems?: string[];
  /** Said at once, about a file that is linted anyway. */
  note?: string;
  /** Found by a walk and left alone: not a postmortem. */
  notPostmortem?: boolean;
}

/**
 * Lints one document, and with `fix` writes its safely fixed text. No report means the document
 * was skipped; problems are lines for stderr (the file is still reported when only the write failed).
 */
async function lintSource(source: Source, configs: ConfigSource, fix: boolean): Promise<SourceOutcome> {
  const { path, shown } = source;
  const read = await readPostmortem(source, configs);
  if (read.kind === 'trouble') return { problems: read.problems };
  if (read.kind === 'not-postmortem') return { notPostmortem: true };
  const { text, bom, config, note } = read;
  let first: LintResult;
  let fixed: FixAllOutcome | undefined;
  try {
    first = lint(text, config);
    fixed = fix ? fixAll(text, config, first, (f) => f.safe === true) : undefined;
  } catch (error) {
    // A bug in the engine costs this file, not the run.
    return { problems: [`${shown}: could not be linted, a bug in postmortem: ${(error as Error)?.message ?? String(error)}`], note };
  }
  if (!fixed) return { report: toFileReport(path, shown, first), note };
  if (fixed.fixed === 0) return { report: toFileReport(path, shown, first, 0, skippedFixes(first)), note };
  try {
    await writeAtomically(path, (bom ? '\uFEFF' : '') + fixed.text);
    return { report: toFileReport(path, shown, fixed.result, fixed.fixed, skippedFixes(fixed.result)), note };
  } catch (error) {
    return { report: toFileReport(path, shown, first, 0), problems: [`${shown}: could not write the fixed text (${describeFsError(error)}); the file is unchanged`], note };
  }
}
