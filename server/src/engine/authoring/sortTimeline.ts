import type { PostmortemDocument } from '../model';
import type { TextEdit } from '../rules/rule';
import { sortTimelineEdits } from '../fix/sortTimeline';

/** Sorts every run of the timeline, with the same edits as PM015's quick fix. */
export function sortTimeline(document: PostmortemDocument): TextEdit[] {
  return sortTimelineEdits(document);
}
