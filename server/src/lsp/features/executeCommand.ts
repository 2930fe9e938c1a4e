import { DateTime } from 'luxon';
import { ErrorCodes, ResponseError, type ExecuteCommandParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { entryTextProblem, findDiagramBlock, importTimeline, inTimeline, missingSections, sectionInsertEdit, sortTimeline, timelineDiagramEdit, timelineEntryInsertion } from '../../engine';
import { Commands as COMMANDS, type CommandResults, type EditOutcome, type MissingSection, type TimelineImportOutcome } from '../../protocol/customMessages';
import type { Analysis } from '../analysisCache';
import { documentInfo } from './documentStatus';
import { documentEdit } from '../edits/workspaceEdit';

export interface CommandContext {
  /** The current analysis of an open document; undefined when it is not a postmortem or not open. */
  analysisFor(uri: string): Promise<Analysis | undefined>;
  applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean>;
  /** Asks the client to show a line of a document (window/showDocument); false where it cannot. */
  showLine(uri: string, line: number): Promise<boolean>;
  versioned: boolean;
}

/**
 * workspace/executeCommand: the edits behind the editors' commands, here once so that VS Code's
 * palette and a Neovim mapping do the same thing. Edits are sent back with workspace/applyEdit as
 * one edit, so one undo reverts a command.
 */
export async function executeCommand(params: ExecuteCommandParams, context: CommandContext): Promise<unknown> {
  const args = argumentsOf(params);
  const analysis = await context.analysisFor(args.uri);
  switch (params.command) {
    case COMMANDS.listMissingSections:
      return analysis ? missingSections(analysis.result).map(({ key, title, description }): MissingSection => ({ key, title, description })) : [];
    case COMMANDS.documentInfo:
      return documentInfo(analysis) satisfies CommandResults[typeof COMMANDS.documentInfo];
    case COMMANDS.insertSection: {
      if (!analysis) return notPostmortem();
      const key = stringArgument(args, 'key', true)!;
      const edit = sectionInsertEdit(analysis.result, key);
      return edit ? apply(context, analysis, 'Insert section', [edit]) : { applied: false, reason: `no section "${key}" to insert: unknown, already present, its parent section is missing, or the line after its parent is indented (the new section would take it in)` };
    }
    case COMMANDS.insertTimelineEntry: {
      if (!analysis) return notPostmortem();
      const epochMs = instantArgument(stringArgument(args, 'isoInstant', false));
      const text = stringArgument(args, 'text', false) || 'What happened';
      const problem = entryTextProblem(text);
      if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `argument "text": ${problem}`);
      const edit = timelineEntryInsertion(analysis.result, epochMs, text, analysis.config.defaultTimeZone);
      return apply(context, analysis, 'Insert timeline entry', [edit]);
    }
    case COMMANDS.sortTimeline: {
      if (!analysis) return notPostmortem();
      const edits = sortTimeline(analysis.result.document);
      return edits.length ? apply(context, analysis, 'Sort timeline', edits) : { applied: false, reason: 'the timeline is already in order' };
    }
    case COMMANDS.importTimeline: {
      const text = stringArgument(args, 'text', true)!;
      if (!analysis) return { format: null, added: [], skipped: 0, edit: null, version: 0, ...notPostmortem() } satisfies TimelineImportOutcome;
      const line = args.line;
      if (line !== undefined && (typeof line !== 'number' || !Number.isInteger(line) || line < 0)) throw new ResponseError(ErrorCodes.InvalidParams, 'argument "line" must be a line number (0-based)');
      if (line !== undefined && !inTimeline(analysis.result, line)) return { format: null, added: [], skipped: 0, edit: null, version: analysis.version, reason: 'the paste is not in the timeline' };
      return timelineImport(context, analysis, text, args.apply === true);
    }
    case COMMANDS.insertTimelineDiagram: {
      if (!analysis) return notPostmortem();
      const { document } = analysis.result;
      const edit = timelineDiagramEdit(document);
      if (edit) return apply(context, analysis, findDiagramBlock(document) ? 'Regenerate timeline diagram' : 'Insert timeline diagram', [edit]);
      return { applied: false, reason: document.timeline.length ? 'the timeline diagram is already up to date' : 'the timeline has no entry with a time to draw' };
    }
    case COMMANDS.showMetricSource: {
      const line = args.line;
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) throw new ResponseError(ErrorCodes.InvalidParams, 'argument "line" must be a line number (0-based)');
      return context.showLine(args.uri, line) satisfies Promise<CommandResults[typeof COMMANDS.showMetricSource]>;
    }
    default:
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command: ${params.command}`);
  }
}

async function apply(context: CommandContext, analysis: Analysis, label: string, edits: TextEdit[]): Promise<EditOutcome> {
  const applied = await context.applyEdit(label, documentEdit(analysis.uri, analysis.version, edits, context.versioned));
  return applied ? { applied } : { applied, reason: 'the editor did not apply the edit (the document may have changed)' };
}

async function timelineImport(context: CommandContext, analysis: Analysis, pasted: string, applyIt: boolean): Promise<TimelineImportOutcome> {
  const outcome = importTimeline(analysis.result.document.text, pasted, { config: analysis.config, now: Date.now() });
  const version = analysis.version;
  if (!outcome) return { format: null, added: [], skipped: 0, edit: null, version, reason: 'the text is in none of the formats a timeline is imported from' };
  const { format, label, added, skipped } = outcome;
  const edit = outcome.edit ?? null;
  if (!edit) return { format, label, added, skipped, edit, version, reason: 'every event is already in the timeline' };
  if (!applyIt) return { format, label, added, skipped, edit, version };
  return { format, label, added, skipped, edit, version, ...(await apply(context, analysis, 'Paste as timeline', [edit])) };
}

function notPostmortem(): EditOutcome {
  return { applied: false, reason: 'the document is not an open postmortem' };
}

function argumentsOf(params: ExecuteCommandParams): Record<string, unknown> & { uri: string } {
  const first = params.arguments?.[0];
  if (!first || typeof first !== 'object' || typeof (first as { uri?: unknown }).uri !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, `${params.command} takes one argument: { uri: string, ... }`);
  }
  return first as Record<string, unknown> & { uri: string };
}

function stringArgument(args: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const value = args[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || (required && !value)) throw new ResponseError(ErrorCodes.InvalidParams, `argument "${name}" must be a string`);
  return value;
}

/** An ISO 8601 instant (UTC unless it gives an offset); without one, now (an entry written during the incident). */
function instantArgument(iso: string | undefined): number {
  if (iso === undefined || iso === '') return Date.now();
  const instant = DateTime.fromISO(iso, { zone: 'UTC', setZone: true });
  if (!instant.isValid) throw new ResponseError(ErrorCodes.InvalidParams, `isoInstant "${iso}" is not an ISO 8601 instant: ${instant.invalidExplanation ?? instant.invalidReason}`);
  return instant.toMillis();
}
