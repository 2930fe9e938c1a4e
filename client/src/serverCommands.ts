/**
 * The language server's `workspace/executeCommand` commands, typed by the shared protocol module
 * (server/src/protocol/customMessages.ts), which the server imports too. The server owns the
 * logic and applies its edits with one `workspace/applyEdit`, so each is one undoable step.
 */
import type * as vscode from 'vscode';
import { Commands, type CommandId, type CommandParams, type CommandResults, type EditOutcome, type MissingSection, type TimelineImportOutcome } from '../../server/src/protocol/customMessages';
import type { ServerConnection } from './serverConnection';

export type { EditOutcome, MissingSection, TimelineImportOutcome };

const outcome = (result: EditOutcome | null | undefined): EditOutcome => result ?? { applied: false, reason: 'the language server made no edit' };

export class ServerCommands {
  constructor(private readonly server: ServerConnection) {}

  async listMissingSections(document: vscode.TextDocument): Promise<MissingSection[]> {
    return (await this.run(Commands.listMissingSections, { uri: await this.server.uri(document) })) ?? [];
  }

  async insertSection(document: vscode.TextDocument, key: string): Promise<EditOutcome> {
    return outcome(await this.run(Commands.insertSection, { uri: await this.server.uri(document), key }));
  }

  async insertTimelineEntry(document: vscode.TextDocument, isoInstant: string, text?: string): Promise<EditOutcome> {
    return outcome(await this.run(Commands.insertTimelineEntry, { uri: await this.server.uri(document), isoInstant, text }));
  }

  async sortTimeline(document: vscode.TextDocument): Promise<EditOutcome> {
    return outcome(await this.run(Commands.sortTimeline, { uri: await this.server.uri(document) }));
  }

  /** The edit that writes pasted logs as timeline entries; the caller applies it. With `line`, only for a paste in the timeline. */
  async importTimeline(document: vscode.TextDocument, text: string, line?: number): Promise<TimelineImportOutcome> {
    const result = await this.run(Commands.importTimeline, { uri: await this.server.uri(document), text, line });
    return result ?? { format: null, added: [], skipped: 0, edit: null, version: document.version, reason: 'the language server made no edit' };
  }

  async insertTimelineDiagram(document: vscode.TextDocument): Promise<EditOutcome> {
    return outcome(await this.run(Commands.insertTimelineDiagram, { uri: await this.server.uri(document) }));
  }

  /** The argument and result types come from the command's id, so a mismatch does not compile. */
  private run<C extends CommandId>(command: C, argument: CommandParams[C]): Promise<CommandResults[C] | null> {
    return this.server.execute<CommandResults[C] | null>(command, argument as unknown as Record<string, unknown>);
  }
}
