import {
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisCache } from '../analysisCache';
import type { Logger } from '../logger';
import { analysisDiagnostics } from '../mapping';

/** textDocument/diagnostic: the pull model, for clients that ask. */
export function documentDiagnostics(
  analysis: Analysis | undefined,
  params: DocumentDiagnosticParams,
  resultId: string,
): DocumentDiagnosticReport {
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: analysis ? analysisDiagnostics(analysis) : [] };
}

/**
 * textDocument/publishDiagnostics: the push model, for clients that do not pull. Changes that
 * arrive together are linted once, and a result is published only if it is for the version the
 * editor holds now; an older one would put squiggles on text that has moved.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private readonly published = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: AnalysisCache,
    private readonly send: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void,
    private readonly log: Logger,
  ) {}

  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.scheduled) return;
    this.scheduled = true;
    // setTimeout, not setImmediate: the same code runs in a browser's web worker, which has no setImmediate.
    setTimeout(() => void this.flush(), 0);
  }

  scheduleAll(): void {
    this.documents.keys().forEach((uri) => this.schedule(uri));
  }

  /** The document closed: its diagnostics go with it. */
  clear(uri: string): void {
    this.pending.delete(uri);
    if (this.published.delete(uri)) this.send(uri, undefined, []);
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) await this.publish(uri);
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const started = performance.now();
    let diagnostics: Diagnostic[] = [];
    let version = document.version;
    let postmortem = true;
    try {
      const analysis = await this.analyses.get(document);
      postmortem = analysis !== undefined;
      if (analysis) {
        diagnostics = analysisDiagnostics(analysis);
        version = analysis.version;
      }
    } catch (error) {
      // Empty rather than stale: the old squiggles would point at text that may have changed.
      this.log.error('diagnostics', error, { uri, version });
    }
    if (this.documents.get(uri)?.version !== version) return;
    // Other Markdown hears nothing, unless it was a postmortem a moment ago and has squiggles to lose.
    if (!postmortem && !this.published.has(uri)) return;
    if (postmortem) this.published.add(uri);
    else this.published.delete(uri);
    this.send(uri, version, diagnostics);
    this.log.debug('diagnostics', `published ${diagnostics.length} in ${(performance.now() - started).toFixed(1)} ms`, { uri, version });
  }
}
