/**
 * The language server's `workspace/executeCommand` commands, typed. The server owns the logic
 * and applies its edits with one `workspace/applyEdit`, so each is one undoable step.
 */
import type * as vscode from 'vscode';
import type { ServerConnection } from './serverConnection';

export interface MissingSection {
  key: string;
  title: string;
  description: string;
}

export interface DocumentMetrics {
  startTime?: string;
  endTime?: string;
  durationMinutes?: number;
  timeToDetectMinutes?: number;
  timeToAcknowledgeMinutes?: number;
  timeToMitigateMinutes?: number;
  timeToResolveMinutes?: number;
}

export interface DocumentInfo {
  /** The template's id. */
  template: string;
  templateName?: string;
  templateReason: string;
  metrics: DocumentMetrics;
}

/** What an editing command did; `reason` says why nothing changed. */
export interface EditOutcome {
  applied: boolean;
  reason?: string;
}

const outcome = (result: EditOutcome | null | undefined): EditOutcome => result ?? { applied: false, reason: 'the language server made no edit' };

export class ServerCommands {
  constructor(private readonly server: ServerConnection) {}

  async listMissingSections(document: vscode.TextDocument): Promise<MissingSection[]> {
    const result = await this.server.execute<MissingSection[] | null>('postmortem.listMissingSections', { uri: await this.server.uri(document) });
    return result ?? [];
  }

  async insertSection(document: vscode.TextDocument, key: string): Promise<EditOutcome> {
    return outcome(await this.server.execute<EditOutcome>('postmortem.insertSection', { uri: await this.server.uri(document), key }));
  }

  async insertTimelineEntry(document: vscode.TextDocument, isoInstant: string, text?: string): Promise<EditOutcome> {
    return outcome(await this.server.execute<EditOutcome>('postmortem.insertTimelineEntry', { uri: await this.server.uri(document), isoInstant, text }));
  }

  async sortTimeline(document: vscode.TextDocument): Promise<EditOutcome> {
    return outcome(await this.server.execute<EditOutcome>('postmortem.sortTimeline', { uri: await this.server.uri(document) }));
  }

  async documentInfo(document: vscode.TextDocument): Promise<DocumentInfo | null> {
    return this.server.execute<DocumentInfo | null>('postmortem.documentInfo', { uri: await this.server.uri(document) });
  }
}
