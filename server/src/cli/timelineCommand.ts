import { resolve } from 'node:path';
import { applyEdits, importTimeline, type TimelineImport } from '../engine';
import { readDocument } from '../node/readDocument';
import { writeAtomically } from '../node/writeAtomically';
import { ConfigSource } from './configSource';
import { EXIT_OK, UsageError } from './errors';
import { displayPath, type CliIo } from './io';
import { STDIN_ARGUMENT } from './postmortemSources';

export interface TimelineImportOptions {
  /** The postmortem to add entries to; edited in place. */
  file: string;
  /** The log to read; standard input when absent or `-`. */
  from?: string;
}

/**
 * `postmortem timeline import FILE [--from LOG|-]`: the log's events as entries in FILE's timeline,
 * written in one replacement of the file (so a reader never sees half of them) and only when
 * something is added. Prints each entry it added.
 */
export async function timelineImportCommand(options: TimelineImportOptions, io: CliIo, now = Date.now()): Promise<number> {
  const path = resolve(io.cwd, options.file);
  const shown = displayPath(io.cwd, path);
  const document = await readDocument(path);
  if (!document.ok) throw new UsageError(`${shown} ${document.problem}`);
  const log = await readLog(options.from, io);
  const choice = await new ConfigSource(io.cwd, undefined).for(path);
  if (!choice.ok) throw new UsageError(choice.problems.join('\n'));
  const outcome = importTimeline(document.text, log.text, { config: choice.config, now });
  if (!outcome) throw new UsageError(`${log.shown} is in none of the formats a timeline is imported from (Slack, PagerDuty, Opsgenie, Alertmanager, ISO 8601 or syslog log lines, "HH:MM text" lines)`);
  if (outcome.edit) await writeAtomically(path, (document.bom ? '\uFEFF' : '') + applyEdits(document.text, [outcome.edit]).text);
  io.stdout(report(outcome, shown, log.shown));
  return EXIT_OK;
}

async function readLog(from: string | undefined, io: CliIo): Promise<{ text: string; shown: string }> {
  if (from === undefined || from === STDIN_ARGUMENT) return { text: await io.readStdin(), shown: 'standard input' };
  const path = resolve(io.cwd, from);
  const read = await readDocument(path);
  if (!read.ok) throw new UsageError(`${displayPath(io.cwd, path)} ${read.problem}`);
  return { text: read.text, shown: displayPath(io.cwd, path) };
}

function report(outcome: TimelineImport, file: string, log: string): string {
  const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const skipped = outcome.skipped ? `; ${count(outcome.skipped)} already in the timeline` : '';
  if (!outcome.added.length) return `${file}: nothing added from ${log} (${outcome.label})${skipped}\n`;
  return `${file}: added ${count(outcome.added.length)} from ${log} (${outcome.label})${skipped}\n${outcome.added.map((line) => `  ${line}\n`).join('')}`;
}
