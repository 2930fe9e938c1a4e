import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_SEVERITY, PRESET_IDS, SEVERITIES } from '../engine';
import { EXIT_OK, EXIT_TROUBLE, UsageError } from './errors';
import type { CliIo } from './io';
import { FORMATS, lintCommand, type Format } from './lintCommand';
import { newCommand } from './newCommand';
import { timelineImportCommand } from './timelineCommand';
import { DIAGRAM_FORMATS, diagramCommand, type DiagramFormat } from './diagramCommand';
import { STATS_FORMATS, statsCommand, type StatsFormat } from './statsCommand';
import { packageVersion } from './version';

const USAGE = `Usage: postmortem <command> [options]

Commands:
  lint [paths...]   Check postmortems: files, directories or globs. A directory or glob
                    yields its postmortems (postmortem.include, or "include" and "ignores"
                    in .postmortemrc.json); a file named as such is always checked.
                    "!glob" or "#glob" leaves files out; "-" reads standard input.
                    With no paths, the working directory.
  new               Write a new postmortem from a template.
  timeline import FILE [--from LOG|-]
                    Add a pasted log's events to FILE's timeline, written as its
                    entries are, in time order, skipping those already there. Reads
                    Slack (copied or exported), PagerDuty (log or CSV), Opsgenie and
                    Alertmanager notifications, ISO 8601 and syslog log lines and
                    "HH:MM text" lines; standard input without --from or with "-".
  diagram <file>    Draw the timeline: the fenced mermaid block that "Insert Timeline
                    Diagram" writes, or a standalone SVG. "-" reads standard input.
  stats [paths...]  The team's roll-up of the postmortems lint would check: one row each,
                    incidents per month by severity, time to detect, mitigate and resolve
                    (mean, median, 90th percentile, last 3 months against the 3 before),
                    and open action items by owner, overdue first.

Options for lint:
  --format <name>        stylish (default), json, sarif, github (annotations) or junit
  --fix                  Apply the safe fixes (time zones, timeline order) in place,
                         then report what remains and which fixes were left to the editor
  --template <id>        Check against this template: ${PRESET_IDS.join(', ')}
  --config <path>        Use this config file instead of the nearest .postmortemrc.json
  --max-warnings <n>     Exit 1 when there are more than n warnings

Options for new:
  --template <id>        Template to start from (default: the config file's, else ${PRESET_IDS[0]})
  --title <text>         Incident title
  --date <YYYY-MM-DD>    Incident date (default: today)
  --severity <level>     ${SEVERITIES.map((s) => s.label).join(', ')} (default: ${DEFAULT_SEVERITY})
  --out <path>           Write exactly here (never overwrites)
  --dir <dir>            Write <dir>/<date>-<slug>.md (default: the working directory)

Options for timeline import:
  --from <path|->        The log to read (default: standard input)

Options for diagram:
  --format <name>        mermaid (default) or svg
  --config <path>        Use this config file instead of the nearest .postmortemrc.json

Options for stats:
  --format <name>        table (default), json, csv (one row per postmortem) or markdown
  --config <path>        Use this config file instead of the nearest .postmortemrc.json

  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no errors found, 1 errors found, 2 usage or file problems.
`;

const LINT_OPTIONS = {
  format: { type: 'string' },
  fix: { type: 'boolean' },
  template: { type: 'string' },
  config: { type: 'string' },
  'max-warnings': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const TIMELINE_OPTIONS = {
  from: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** `diagram` and `stats` take the same options: an output format and an explicit config file. */
const OUTPUT_OPTIONS = {
  format: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const NEW_OPTIONS = {
  template: { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  severity: { type: 'string' },
  out: { type: 'string' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** Runs one command line and returns the exit code; every expected failure is a UsageError. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      io.stdout(USAGE);
      return EXIT_TROUBLE;
    case '-h':
    case '--help':
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case '-v':
    case '--version':
      io.stdout(packageVersion() + '\n');
      return EXIT_OK;
    case 'lint': {
      const { values, positionals } = parse(rest, LINT_OPTIONS, true);
      if (values.help) return help(io);
      const format = (values.format ?? 'stylish') as Format;
      if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
      const maxWarnings = values['max-warnings'];
      if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError(`--max-warnings needs a whole number, not "${maxWarnings}"`);
      return lintCommand(
        {
          paths: positionals,
          format,
          fix: values.fix ?? false,
          template: values.template,
          config: values.config,
          maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
        },
        io,
        packageVersion(),
      );
    }
    case 'stats': {
      const { values, positionals } = parse(rest, OUTPUT_OPTIONS, true);
      if (values.help) return help(io);
      const format = (values.format ?? 'table') as StatsFormat;
      if (!STATS_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${STATS_FORMATS.join(', ')}`);
      // The clock is read here, at the edge: the engine is given the day it measures overdue against.
      return statsCommand({ paths: positionals, format, config: values.config, now: new Date() }, io);
    }
    case 'new': {
      const { values } = parse(rest, NEW_OPTIONS, false);
      if (values.help) return help(io);
      return newCommand(values, io);
    }
    case 'timeline':
      return timeline(rest, io);
    case 'diagram': {
      const { values, positionals } = parse(rest, OUTPUT_OPTIONS, true);
      if (values.help) return help(io);
      const format = (values.format ?? 'mermaid') as DiagramFormat;
      if (!DIAGRAM_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${DIAGRAM_FORMATS.join(', ')}`);
      if (positionals.length !== 1) throw new UsageError('diagram draws one file: postmortem diagram FILE [--format mermaid|svg]');
      return diagramCommand({ path: positionals[0], format, config: values.config }, io);
    }
    default:
      if (command.startsWith('-')) throw new UsageError(`give a command before options: postmortem lint ${argv.join(' ')}`);
      throw new UsageError(`unknown command "${command}"; did you mean "postmortem lint ${argv.join(' ')}"? (see postmortem --help)`);
  }
}

/** `timeline <subcommand>`: only `import` so far; the noun groups what edits the timeline. */
async function timeline(args: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === '-h' || subcommand === '--help') return help(io);
  if (subcommand !== 'import') throw new UsageError(`${subcommand === undefined ? 'give a subcommand' : `unknown subcommand "${subcommand}"`}: postmortem timeline import FILE [--from LOG|-]`);
  const { values, positionals } = parse(rest, TIMELINE_OPTIONS, true);
  if (values.help) return help(io);
  if (positionals.length !== 1) throw new UsageError(`timeline import takes one postmortem file, not ${positionals.length}: postmortem timeline import FILE [--from LOG|-]`);
  return timelineImportCommand({ file: positionals[0], from: values.from }, io);
}

function help(io: CliIo): number {
  io.stdout(USAGE);
  return EXIT_OK;
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    // Node's messages run to several sentences; the first says what was wrong.
    const sentence = (error as Error).message.split(/\.\s/)[0].replace(/\.$/, '');
    const message = sentence.charAt(0).toLowerCase() + sentence.slice(1);
    throw new UsageError(`${message} (see postmortem --help)`);
  }
}

/** The last line of the terminal, rewritten in place: carriage return, the text, erase to the end. */
const terminalStatus = {
  show: (text: string) => process.stderr.write(`\r${text}\x1b[K`),
  clear: () => process.stderr.write('\r\x1b[K'),
};

/** Wires the process to `run`: one line on stderr for any failure, never a stack trace. */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`postmortem lint | head`) is the reader's choice, not a failure.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  });
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    // On a terminal a message first wipes the progress line it would otherwise run into.
    stderr: (line) => process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}postmortem: ${line}\n`),
    color: process.stdout.isTTY === true && !noColor,
    status: process.stderr.isTTY === true ? terminalStatus : undefined,
    now: () => performance.now(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    },
  };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message);
    } else {
      io.stderr(`internal error: ${(error as Error)?.message ?? String(error)}${process.env.POSTMORTEM_DEBUG ? '' : ' (set POSTMORTEM_DEBUG=1 to see where)'}`);
      if (process.env.POSTMORTEM_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    }
    process.exitCode = EXIT_TROUBLE;
  }
}

if (require.main === module) void main();
