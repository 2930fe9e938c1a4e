import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { findTemplateSection, lastContentLine, type ActionItem, type LintResult, type Section, type TimelineEntry } from '../../engine';
import type { Analysis } from '../analysisCache';
import { formatMinutes } from '../format';
import { containsPosition, linesRange } from '../ranges';

/**
 * textDocument/documentSymbol: the outline. Sections nest as the engine reads them (headings, bold
 * labels and colon lines alike); timeline entries are events named by their time, action items
 * sit in their section, and the metrics are the title's detail.
 */
export function documentSymbols(analysis: Analysis | undefined): DocumentSymbol[] {
  if (!analysis) return [];
  const { result } = analysis;
  const { document } = result;
  const symbols = document.sections.map((s) => sectionSymbol(result, s));
  const all = flatten(symbols);
  for (const entry of document.timeline) place(symbols, all, timelineSymbol(entry));
  for (const item of document.actionItems) place(symbols, all, actionSymbol(item));
  const metrics = metricsDetail(result);
  const top = symbols.find((s) => s.range.start.line === document.title?.line) ?? symbols[0];
  if (top && metrics) top.detail = top.detail ? `${top.detail} · ${metrics}` : metrics;
  return inDocumentOrder(symbols);
}

function inDocumentOrder(symbols: DocumentSymbol[]): DocumentSymbol[] {
  symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  symbols.forEach((s) => s.children && inDocumentOrder(s.children));
  return symbols;
}

/** The same outline for clients without nested symbols: each symbol names its container. */
export function flatSymbols(uri: string, symbols: readonly DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: container },
    ...flatSymbols(uri, s.children ?? [], s.name),
  ]);
}

function sectionSymbol(result: LintResult, section: Section): DocumentSymbol {
  const { lines } = result.document;
  const template = section.key ? findTemplateSection(result, section.key) : undefined;
  const last = lastContentLine(lines, section.line, section.endLine);
  return {
    name: section.title || '(untitled)',
    detail: template && template.title !== section.title ? template.title : undefined,
    kind: section.parent ? SymbolKind.Field : SymbolKind.Namespace,
    range: linesRange(lines, section.line, last),
    selectionRange: section.titleRange,
    children: section.children.map((c) => sectionSymbol(result, c)),
  };
}

function timelineSymbol(entry: TimelineEntry): DocumentSymbol {
  return {
    name: `${entry.time.text} ${entry.text}`.trim(),
    detail: entry.role ? `${entry.role} · ${entry.time.iso}` : entry.time.iso,
    kind: SymbolKind.Event,
    range: entry.range,
    selectionRange: withinRange(entry.time.range, entry.range),
  };
}

function actionSymbol(item: ActionItem): DocumentSymbol {
  const detail = [item.owner && `@${item.owner}`, item.due && `due ${item.due}`, item.ticket, item.done && 'done'].filter(Boolean).join(' · ');
  return { name: item.text, detail: detail || undefined, kind: SymbolKind.Key, range: item.range, selectionRange: item.range };
}

function metricsDetail(result: LintResult): string | undefined {
  const m = result.metrics;
  const parts = [
    m.durationMinutes !== undefined && `duration ${formatMinutes(m.durationMinutes)}`,
    m.timeToDetectMinutes !== undefined && `TTD ${formatMinutes(m.timeToDetectMinutes)}`,
    m.timeToMitigateMinutes !== undefined && `TTM ${formatMinutes(m.timeToMitigateMinutes)}`,
    m.timeToResolveMinutes !== undefined && `TTR ${formatMinutes(m.timeToResolveMinutes)}`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

function flatten(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

/** Puts a symbol in the innermost section around it, or at the top level when none is. */
function place(top: DocumentSymbol[], sections: readonly DocumentSymbol[], symbol: DocumentSymbol): void {
  let parent: DocumentSymbol | undefined;
  for (const s of sections) if (containsPosition(s.range, symbol.range.start) && containsPosition(s.range, symbol.range.end)) parent = s;
  (parent ? (parent.children ??= []) : top).push(symbol);
}

/** A selection range must lie inside its symbol's range; clients drop symbols where it does not. */
function withinRange(inner: DocumentSymbol['range'], outer: DocumentSymbol['range']): DocumentSymbol['range'] {
  return containsPosition(outer, inner.start) && containsPosition(outer, inner.end) ? inner : outer;
}
