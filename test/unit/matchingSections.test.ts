import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, findPreset } from '../../server/src/engine';
import { normalizeTitle } from '../../server/src/engine';

const alx = findPreset('alx')!;

function keysOf(markdown: string, template = alx): Array<string | undefined> {
  return parseDocument(markdown, { template }).document.allSections.map((s) => s.key);
}

test('titles meet whatever their case, punctuation, numbering, "&" and plurals', () => {
  const same = ['Root Cause and Resolution', '1. Root Causes & Resolution:', 'II. root cause / resolution', 'ROOT-CAUSE AND RESOLUTIONS'];
  for (const title of same) assert.equal(normalizeTitle(title), normalizeTitle(same[0]), title);
});

test('sections are found as headings, bold labels and lines ending in a colon', () => {
  const markdown = ['# Postmortem', '', '## Issue Summary', 'text', '', '**Timeline:**', '- 10:00 UTC alert', '', 'Root Cause and Resolution:', 'text', '', '### Corrective and Preventive Measures', '- add alert'].join('\n');
  assert.deepEqual(keysOf(markdown), [undefined, 'summary', 'timeline', 'root-cause-and-resolution', 'corrective-measures']);
});

test('a label that names a top-level section closes the section it stands in', () => {
  const { document } = parseDocument('### Timeline\n\n**Detection:**\nDetected at 10:15 AM UTC.\nRoot Cause and Resolution:\n\n**Root Cause:**\ntext\n', { template: alx });
  const rcr = document.allSections.find((s) => s.key === 'root-cause-and-resolution')!;
  assert.equal(rcr.parent, undefined);
  assert.deepEqual(rcr.children.map((c) => c.key), ['root-cause']);
  assert.deepEqual(document.allSections.find((s) => s.key === 'timeline')!.children.map((c) => c.key), ['detection']);
});

test('sub-sections match within their parent first: "Resolution" under the root cause is not the timeline\'s', () => {
  const keys = keysOf('## Timeline\n**Resolution:**\nx\n## Root Cause and Resolution\n**Resolution:**\ny\n');
  assert.deepEqual(keys, ['timeline', 'timeline-resolution', 'root-cause-and-resolution', 'resolution']);
});

test('indented labels nest under the label above them', () => {
  const { document } = parseDocument('Issue Summary:\n\n    Duration:\n        Start Time: March 1, 2024, 10:00 AM UTC\n\n    Impact:\n        30% of users\n\nTimeline:\n- 10:00 UTC x\n', { template: alx });
  const summary = document.sections.find((s) => s.key === 'summary')!;
  assert.deepEqual(summary.children.map((c) => c.key), ['duration', 'impact']);
  assert.ok(document.sections.some((s) => s.key === 'timeline'));
});

test('the best-fitting preset is chosen when none is configured', () => {
  const google = '# Incident 42\n## Summary\n## Impact\n## Root Causes\n## Trigger\n## Resolution\n## Detection\n## Action Items\n## Lessons Learned\n## Timeline\n';
  assert.equal(parseDocument(google).template.id, 'google-sre');
  const atlassian = '# Incident\n## Incident summary\n## Leadup\n## Fault\n## Impact\n## Detection\n## Response\n## Recovery\n## Timeline\n## Five whys\n';
  assert.equal(parseDocument(atlassian).template.id, 'atlassian');
});

test('prose lines ending in a colon are not sections', () => {
  const keys = parseDocument('## Timeline\nThe following steps were taken by the team:\n- 10:00 UTC alert\n', { template: alx }).document.allSections.map((s) => s.title);
  assert.deepEqual(keys, ['Timeline']);
});

test('a heading that ends with a section\'s name is that section; a field that does is not', () => {
  assert.deepEqual(keysOf('## Detailed Timeline\n- 10:00 UTC alert\n## In-depth Analysis of Root Cause and Resolution\ntext\n'), ['timeline', 'root-cause-and-resolution']);
  const { document } = parseDocument('## Timeline\nAssumed initial root cause: database overload.\n', { template: alx });
  assert.deepEqual(document.allSections.map((s) => s.title), ['Timeline']);
});
