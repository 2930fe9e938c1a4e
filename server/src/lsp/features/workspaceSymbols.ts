import type { WorkspaceSymbol } from 'vscode-languageserver';
import type { PostmortemSummary } from '../workspaceIndex';

const MAX_RESULTS = 500;

/** Whether the query's characters appear in order in the name, as editors' symbol pickers match. */
function matches(query: string, name: string): boolean {
  let i = 0;
  for (const c of name.toLowerCase()) if (c === query[i]) i++;
  return i === query.length;
}

/** workspace/symbol: titles, sections, timeline events and action items of every postmortem. */
export function workspaceSymbols(summaries: readonly PostmortemSummary[], query: string): WorkspaceSymbol[] {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const symbols: WorkspaceSymbol[] = [];
  for (const summary of summaries) {
    for (const s of summary.symbols) {
      if (!matches(wanted, s.name.replace(/\s+/g, ''))) continue;
      symbols.push({ name: s.name, kind: s.kind, containerName: s.container || undefined, location: { uri: summary.uri, range: s.range } });
      if (symbols.length >= MAX_RESULTS) return symbols;
    }
  }
  return symbols;
}
