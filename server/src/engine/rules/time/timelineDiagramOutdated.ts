import type { Rule } from '../rule';
import { expectedDiagram, findDiagramBlock, isOutOfDate, regenerateEdit } from '../../diagram/block';

export const timelineDiagramOutdated: Rule = {
  id: 'PM019',
  alias: 'timeline-diagram-outdated',
  description: 'The timeline diagram no longer matches the timeline.',
  defaultLevel: 'hint',
  tags: ['timeline'],
  fixable: true,
  defaultOptions: {},
  rationale:
    'The mermaid block written by "Postmortem: Insert Timeline Diagram" (or `postmortem diagram`) is drawn from the timeline, the incident window and the metrics; ' +
    'GitHub and GitLab show it as a chart. When an entry is added, moved or reworded afterwards, the chart tells an older story than the text beside it, and readers trust the picture. ' +
    'Only blocks that carry the `%% postmortem-timeline` comment are checked: a diagram drawn by hand is never reported.\n\n' +
    'The fix regenerates the block in place; edits made inside it by hand are replaced.',
  check({ document, report }) {
    const block = findDiagramBlock(document);
    if (!block) return;
    const expected = expectedDiagram(document);
    if (!expected || !isOutOfDate(block, expected)) return;
    const fence = document.lines[block.openLine];
    report({
      message: 'The timeline diagram is out of date: the timeline has changed since it was drawn.',
      range: { start: { line: block.openLine, character: 0 }, end: { line: block.openLine, character: fence.length } },
      fix: { title: 'Regenerate timeline diagram', edits: [regenerateEdit(document, block, expected)], safe: true },
    });
  },
};
