import { CodeActionKind, TextDocumentSyncKind, type SemanticTokensLegend, type ServerCapabilities } from 'vscode-languageserver';
import { Commands } from '../protocol/customMessages';
import type { ClientSupport } from './client';

/**
 * What the server announces. Kept apart from the features (and so from the engine) because it
 * answers `initialize`, which must not wait for the engine to load.
 */

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
export const SORT_TIMELINE_KIND = `${CodeActionKind.Source}.sortTimeline`;
export const INSERT_SECTION_KIND = `${CodeActionKind.Source}.insertSection`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, SORT_TIMELINE_KIND, INSERT_SECTION_KIND, FIX_ALL_KIND];

/**
 * Standard token types, so every theme colours them without a client-side mapping: times read
 * as numbers, lifecycle markers ("Detected", "OUTAGE ENDS") as events.
 */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: ['number', 'event'], tokenModifiers: [] };

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    // Pull where the client can; otherwise diagnostics are pushed after each change.
    diagnosticProvider: support.pullDiagnostics ? { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    completionProvider: { triggerCharacters: ['#', '@', '*', ':', ' '] },
    hoverProvider: true,
    documentSymbolProvider: { label: 'Postmortem' },
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
    codeLensProvider: { resolveProvider: false },
    inlayHintProvider: true,
    foldingRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    executeCommandProvider: { commands: Object.values(Commands) },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
