import { DocumentStatusNotification, type DocumentInfo, type DocumentStatusParams } from '../../protocol/customMessages';
import type { Analysis } from '../analysisCache';

/** What the editor's status shows for a document; null when it is not a postmortem. */
export function documentInfo(analysis: Analysis | undefined): DocumentInfo | null {
  if (!analysis) return null;
  const { template, templateReason, metrics } = analysis.result;
  return { template: template.id, templateName: template.name, templateReason, metrics };
}

/**
 * Pushes `postmortem/documentStatus` after each analysis the editor sees (a diagnostics pull or
 * publish), as rust-analyzer pushes its server status: the client shows it without asking. A
 * status is sent again only when its version or its content changed.
 */
export class DocumentStatusSender {
  private readonly sent = new Map<string, string>();

  constructor(private readonly send: (params: DocumentStatusParams) => void) {}

  analysed(uri: string, version: number, analysis: Analysis | undefined): void {
    const params: DocumentStatusParams = { uri, version, info: documentInfo(analysis) };
    const key = JSON.stringify(params);
    if (this.sent.get(uri) === key) return;
    this.sent.set(uri, key);
    this.send(params);
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}

export { DocumentStatusNotification };
