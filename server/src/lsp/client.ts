import { MarkupKind, type ClientCapabilities } from 'vscode-languageserver';
import { DOCUMENT_STATUS_CAPABILITY, WORKSPACE_CHANGED_CAPABILITY } from '../protocol/customMessages';

/** What the connected editor can do, read once from its initialize request. */
export interface ClientSupport {
  configuration: boolean;
  workspaceFolders: boolean;
  watchedFilesRegistration: boolean;
  pullDiagnostics: boolean;
  diagnosticsRefresh: boolean;
  semanticTokensRefresh: boolean;
  inlayHintRefresh: boolean;
  codeLensRefresh: boolean;
  snippets: boolean;
  markdownHover: boolean;
  markdownCompletionDocs: boolean;
  hierarchicalSymbols: boolean;
  documentChanges: boolean;
  /** The client can be asked to show a document at a line (window/showDocument). */
  showDocument: boolean;
  /** The client asked for `postmortem/documentStatus` notifications (experimental capability). */
  documentStatus: boolean;
  /** The client asked for `postmortem/workspaceChanged` notifications (experimental capability). */
  workspaceChanged: boolean;
}

export function readClientSupport(capabilities: ClientCapabilities): ClientSupport {
  const { workspace, textDocument } = capabilities;
  return {
    configuration: !!workspace?.configuration,
    workspaceFolders: !!workspace?.workspaceFolders,
    watchedFilesRegistration: !!workspace?.didChangeWatchedFiles?.dynamicRegistration,
    pullDiagnostics: !!textDocument?.diagnostic,
    diagnosticsRefresh: !!workspace?.diagnostics?.refreshSupport,
    semanticTokensRefresh: !!workspace?.semanticTokens?.refreshSupport,
    inlayHintRefresh: !!workspace?.inlayHint?.refreshSupport,
    codeLensRefresh: !!workspace?.codeLens?.refreshSupport,
    snippets: !!textDocument?.completion?.completionItem?.snippetSupport,
    markdownHover: textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false,
    markdownCompletionDocs: textDocument?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown) ?? false,
    hierarchicalSymbols: !!textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    documentChanges: !!workspace?.workspaceEdit?.documentChanges,
    showDocument: !!capabilities.window?.showDocument?.support,
    documentStatus: !!(capabilities.experimental as Record<string, unknown> | undefined)?.[DOCUMENT_STATUS_CAPABILITY],
    workspaceChanged: !!(capabilities.experimental as Record<string, unknown> | undefined)?.[WORKSPACE_CHANGED_CAPABILITY],
  };
}
