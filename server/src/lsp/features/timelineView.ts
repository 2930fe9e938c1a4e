import { timelinePicture, timelineView as drawnView } from '../../engine';
import type { TimelineViewResult } from '../../protocol/customMessages';
import type { Analysis } from '../analysisCache';

/** postmortem/timelineView: the engine's picture of the analysed version, or null with the version asked about. */
export function timelineView(analysis: Analysis | undefined, openVersion: number): TimelineViewResult {
  if (!analysis) return { version: openVersion, view: null };
  const picture = timelinePicture(analysis.result.document);
  return { version: analysis.version, view: picture ? drawnView(picture) : null };
}
