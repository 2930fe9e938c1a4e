import { SemanticTokensBuilder, type SemanticTokens } from 'vscode-languageserver';
import { lifecycleRole, type PostmortemDocument, type Range } from '../../engine';
import type { Analysis } from '../analysisCache';

/** Indices into SEMANTIC_TOKENS_LEGEND's token types. */
const TIME = 0;
const LIFECYCLE = 1;

/** textDocument/semanticTokens/full. */
export function semanticTokens(analysis: Analysis | undefined): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  if (!analysis) return builder.build();
  const { document } = analysis.result;
  const tokens: Array<{ range: Range; type: number }> = [
    ...document.times.map((t) => ({ range: t.range, type: TIME })),
    ...lifecycleMarkers(document).map((range) => ({ range, type: LIFECYCLE })),
  ];
  tokens.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  let last = { line: -1, character: 0 };
  for (const { range, type } of tokens) {
    const overlaps = range.start.line === last.line && range.start.character < last.character;
    if (overlaps || range.start.line !== range.end.line) continue;
    builder.push(range.start.line, range.start.character, range.end.character - range.start.character, type, 0);
    last = range.end;
  }
  return builder.build();
}

const WORD = /[A-Za-z][A-Za-z'-]*/g;

/**
 * Where each timeline entry's lifecycle role is written: the first run of one to three adjacent
 * words that the engine's own lifecycleRole reads as that role, so the highlight and the metrics
 * agree without a second copy of the engine's word lists.
 */
function lifecycleMarkers(document: PostmortemDocument): Range[] {
  const ranges: Range[] = [];
  for (const entry of document.timeline) {
    if (!entry.role) continue;
    const text = document.lines[entry.line];
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const span = (from: number, to: number) => text.slice(words[from].start, words[to].end);
    const contiguous = (from: number, to: number) => to === from || /^\s+$/.test(text.slice(words[to - 1].end, words[to].start));
    found: for (let i = 0; i < words.length; i++) {
      for (let last = i; last < i + 3 && last < words.length && contiguous(i, last); last++) {
        if (lifecycleRole(span(i, last)) !== entry.role) continue;
        // "UTC Resolved" reads as resolved because of its last word: keep only the words that say it.
        let first = i;
        while (first < last && lifecycleRole(span(first + 1, last)) === entry.role) first++;
        ranges.push({ start: { line: entry.line, character: words[first].start }, end: { line: entry.line, character: words[last].end } });
        break found;
      }
    }
  }
  return ranges;
}
