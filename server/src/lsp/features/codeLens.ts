import type { CodeLens } from 'vscode-languageserver';
import type { Metrics } from '../../engine';
import type { Analysis } from '../analysisCache';
import { formatMinutes } from '../format';

const SHOWN: ReadonlyArray<[keyof Metrics, string]> = [
  ['durationMinutes', 'Duration'],
  ['timeToDetectMinutes', 'Time to detect'],
  ['timeToAcknowledgeMinutes', 'Time to acknowledge'],
  ['timeToMitigateMinutes', 'Time to mitigate'],
  ['timeToResolveMinutes', 'Time to resolve'],
];

/**
 * textDocument/codeLens: the incident's metrics above its title, as the engine computes them from
 * the start, the end and the timeline's lifecycle markers. The lenses are labels: an empty command
 * id is what editors show as text rather than as a link.
 */
export function codeLenses(analysis: Analysis | undefined): CodeLens[] {
  if (!analysis) return [];
  const { metrics, document } = analysis.result;
  const line = document.title?.line ?? 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return SHOWN.filter(([key]) => typeof metrics[key] === 'number').map(([key, label]) => ({
    range,
    command: { title: `${label} ${formatMinutes(metrics[key] as number)}`, command: '' },
  }));
}
