import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { lastContentLine, timelineRuns } from '../../engine';
import type { Analysis } from '../analysisCache';

/**
 * textDocument/foldingRange: every section (labelled ones too, which Markdown's own folding does
 * not know), the run of timeline entries, and the front matter.
 */
export function foldingRanges(analysis: Analysis | undefined): FoldingRange[] {
  if (!analysis) return [];
  const { document } = analysis.result;
  const ranges: FoldingRange[] = [];
  for (const section of document.allSections) {
    const end = lastContentLine(document.lines, section.line, section.endLine);
    if (end > section.line) ranges.push({ startLine: section.line, endLine: end, kind: FoldingRangeKind.Region });
  }
  // A long run of entries folds on its own, so a timeline can close while its section's prose stays open.
  for (const run of timelineRuns(document)) {
    const covered = ranges.some((r) => r.startLine >= run.first - 1 && r.endLine === run.last);
    if (run.last > run.first && !covered) ranges.push({ startLine: run.first, endLine: run.last, kind: FoldingRangeKind.Region });
  }
  // The front matter's `endLine` is the line after its closing `---`.
  const frontMatter = document.frontMatter;
  if (frontMatter && frontMatter.endLine - 1 > frontMatter.startLine) {
    ranges.push({ startLine: frontMatter.startLine, endLine: frontMatter.endLine - 1, kind: FoldingRangeKind.Comment });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
