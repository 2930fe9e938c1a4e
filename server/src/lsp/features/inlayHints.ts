import type { InlayHint, Range } from 'vscode-languageserver';
import type { Analysis } from '../analysisCache';
import { formatOffset, formatUtc } from '../format';
import { rangesIntersect } from '../ranges';

/** textDocument/inlayHint: `T+15m` after each timeline time, from the incident's start. */
export function inlayHints(analysis: Analysis | undefined, range: Range): InlayHint[] {
  if (!analysis) return [];
  const { document } = analysis.result;
  const start = document.start?.time ?? document.timeline[0]?.time;
  if (!start) return [];
  return document.timeline
    .filter((e) => rangesIntersect(e.time.range, range))
    .map((e) => ({
      position: e.time.range.end,
      label: formatOffset(start.epochMs, e.time.epochMs),
      paddingLeft: true,
      tooltip: `${formatUtc(e.time.epochMs)}, from the start at ${formatUtc(start.epochMs)}`,
    }));
}
