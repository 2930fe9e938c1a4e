import { classifyPostmortem, type PostmortemScope, type ScopeVerdict } from '../engine';
import { URI } from 'vscode-uri';

/**
 * Which Markdown documents are postmortems, by the engine's one rule (the CLI's walk uses it
 * too). Other Markdown (a README, notes) gets nothing from this server: no diagnostics, no
 * completions, no lenses.
 */

/** The paths a document's URI is matched as: without the leading slash, and relative to each folder holding it. */
function candidatePaths(uri: string, folders: readonly string[]): string[] {
  const path = URI.parse(uri).path;
  const paths = [path.replace(/^\/+/, '')];
  for (const folder of folders) {
    const prefix = URI.parse(folder).path.replace(/\/*$/, '/');
    if (path.startsWith(prefix)) paths.push(path.slice(prefix.length));
  }
  return paths;
}

/** `folders`: the workspace folders, and the folder of the config file that governs the document. */
export function classifyDocument(uri: string, text: string, scope: PostmortemScope, folders: readonly string[] = []): ScopeVerdict {
  return classifyPostmortem(candidatePaths(uri, folders), text, scope);
}

export function isPostmortem(uri: string, text: string, scope: PostmortemScope, folders: readonly string[] = []): boolean {
  return classifyDocument(uri, text, scope, folders).postmortem;
}
