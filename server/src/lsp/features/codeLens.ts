import type { CodeLens } from 'vscode-languageserver';
import type { MetricSources, Metrics } from '../../engine';
import { Commands, type CommandParams } from '../../protocol/customMessages';
import type { Analysis } from '../analysisCache';
import { formatMinutes } from '../format';

/** Each metric shown, and the line that clicking it shows: where the figure was read from. */
const SHOWN: ReadonlyArray<[keyof Metrics, string, keyof MetricSources]> = [
  ['durationMinutes', 'Duration', 'duration'],
  ['timeToDetectMinutes', 'Time to detect', 'detected'],
  ['timeToAcknowledgeMinutes', 'Time to acknowledge', 'acknowledged'],
  ['timeToEscalateMinutes', 'Time to escalate', 'escalated'],
  ['timeToMitigateMinutes', 'Time to mitigate', 'mitigated'],
  ['timeToResolveMinutes', 'Time to resolve', 'end'],
];

/**
 * textDocument/codeLens: the incident's metrics above its title, as the engine computes them from
 * the start, the end and the timeline's lifecycle markers. Clicking one shows the line it was read
 * from (a stated duration's line, else the end's); a figure with no such line is a plain label
 * (an empty command id, which editors show as text).
 */
export function codeLenses(analysis: Analysis | undefined): CodeLens[] {
  if (!analysis) return [];
  const { metrics, document } = analysis.result;
  const line = document.title?.line ?? 0;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return SHOWN.filter(([key]) => typeof metrics[key] === 'number').map(([key, label, sourceKey]) => {
    const title = `${label} ${formatMinutes(metrics[key] as number)}`;
    const source = metrics.sources?.[sourceKey] ?? (sourceKey === 'duration' ? metrics.sources?.end : undefined);
    const args: CommandParams[typeof Commands.showMetricSource] = { uri: analysis.uri, line: source ?? 0 };
    return { range, command: source === undefined ? { title, command: '' } : { title, command: Commands.showMetricSource, arguments: [args] } };
  });
}
