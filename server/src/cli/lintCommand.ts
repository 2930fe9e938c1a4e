import { resolve } from 'node:path';
import { findPreset, lint, PRESET_IDS, type LintResult } from '../engine';
import { collectFiles } from '../node/collectFiles';
import { describeFsError } from '../node/fsErrors';
import { readDocument } from '../node/readDocument';
import { writeAtomically } from '../node/writeAtomically';
import { ConfigSource } from './configSource';
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, UsageError } from './errors';
import { fixAll, type FixAllOutcome } from '../engine';
import { fileProgress } from './progress';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { displayPath, type CliIo } from './io';
import { countSeverities, toFileReport, type FileReport, type FormatContext } from './report';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface LintOptions {
  /** Files, directories and globs; none means the working directory. */
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
};

/**
 * `postmortem lint`: finds the files, lints each with the config that governs it, fixes in place
 * with `--fix`, and prints one report. Files that cannot be read or configured are reported on
 * stderr and skipped; the others are still linted, and the exit code is 2.
 */
export async function lintCommand(options: LintOptions, io: CliIo, version: string): Promise<number> {
  const template = options.template === undefined ? undefined : findPreset(options.template);
  if (options.template !== undefined && !template) throw new UsageError(`unknown template "${options.template}"; use one of ${PRESET_IDS.join(', ')}`);

  const { files, problems } = await collectFiles(options.paths.length ? options.paths : ['.'], io.cwd);
  if (problems.length) {
    problems.forEach((p) => io.stderr(p));
    return EXIT_TROUBLE;
  }

  const configs = new ConfigSource(io.cwd, template);
  if (options.config !== undefined) {
    // An explicit config file governs every document: if it is broken, nothing is linted.
    const choice = await configs.useExplicit(resolve(io.cwd, options.config));
    if (!choice.ok) {
      io.stderr(choice.problem);
      return EXIT_TROUBLE;
    }
  }
  const reports: FileReport[] = [];
  let skipped = 0;
  // A broken config file governs many documents: its problem is printed once.
  const troubles = new Set<string>();
  // A person waiting at a terminal sees how far a long run is; JSON and SARIF are for machines.
  const progress = fileProgress(io, files.length, options.format === 'stylish');
  for (const [index, path] of files.entries()) {
    const outcome = await lintFile(path, displayPath(io.cwd, path), configs, options.fix);
    progress.fileDone(index + 1);
    if (outcome.problem && !troubles.has(outcome.problem)) {
      troubles.add(outcome.problem);
      io.stderr(outcome.problem);
    }
    if (outcome.report) reports.push(outcome.report);
    else skipped++;
  }

  progress.finish();
  io.stdout(FORMATTERS[options.format](reports, { cwd: io.cwd, color: io.color, version, skipped }));

  const counts = countSeverities(reports);
  if (troubles.size) return EXIT_TROUBLE;
  if (counts.error > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * Lints one file, and with `fix` writes its fixed text. No report means the file was skipped;
 * a problem is one line for stderr (the file is still reported when only the write failed).
 */
async function lintFile(path: string, shown: string, configs: ConfigSource, fix: boolean): Promise<{ report?: FileReport; problem?: string }> {
  const choice = await configs.for(path);
  if (!choice.ok) return { problem: choice.problem };
  const read = await readDocument(path);
  if (!read.ok) return { problem: `${shown}: ${read.problem}` };
  let first: LintResult;
  let fixed: FixAllOutcome | undefined;
  try {
    first = lint(read.text, choice.config);
    fixed = fix ? fixAll(read.text, choice.config, first) : undefined;
  } catch (error) {
    // A bug in the engine costs this file, not the run.
    return { problem: `${shown}: could not be linted, a bug in postmortem: ${(error as Error)?.message ?? String(error)}` };
  }
  if (!fixed) return { report: toFileReport(path, shown, first) };
  if (fixed.fixed === 0) return { report: toFileReport(path, shown, first, 0) };
  try {
    await writeAtomically(path, (read.bom ? '\uFEFF' : '') + fixed.text);
    return { report: toFileReport(path, shown, fixed.result, fixed.fixed) };
  } catch (error) {
    return { report: toFileReport(path, shown, first, 0), problem: `${shown}: could not write the fixed text (${describeFsError(error)}); the file is unchanged` };
  }
}
