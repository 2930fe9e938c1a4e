import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, timelinePicture, timelineView, MIN_MARKER_SPACING, type TimelineView } from '../../server/src/engine';

/**
 * The model the "Show Timeline" webview draws. Each test/diagram-fixtures/NAME.md is compared
 * with NAME.view.json beside it (rewrite with UPDATE_DIAGRAMS=1 after a deliberate change).
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'diagram-fixtures');
const UPDATE = process.env.UPDATE_DIAGRAMS === '1';

function viewOf(text: string): TimelineView {
  const picture = timelinePicture(lint(text).document);
  assert.ok(picture, 'the document has a timeline to draw');
  return timelineView(picture);
}

describe('timeline view fixtures', () => {
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort()) {
    test(`${name}: the webview's model`, () => {
      const path = join(FIXTURES, name.replace(/\.md$/, '.view.json'));
      const actual = JSON.stringify(viewOf(readFileSync(join(FIXTURES, name), 'utf8')), null, 2) + '\n';
      if (UPDATE) writeFileSync(path, actual);
      assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs; rerun with UPDATE_DIAGRAMS=1 if the change is meant`);
    });
  }
});

const OVERNIGHT = `# Postmortem: Overnight

All times UTC.

**Start:** 2024-05-02 22:10
**End:** 2024-05-03 06:40

## Timeline

- 2024-05-02 22:10 - Errors started after the deploy
- 2024-05-02 22:25 - Alert fired, on-call paged
- 2024-05-03 05:50 - Rolled back; errors mitigated
- 2024-05-03 06:40 - Incident resolved
`;

describe('the timeline view', () => {
  test('runs from the first instant (0) to the last (1), each entry coloured by its role and pointing at its line', () => {
    const view = viewOf(OVERNIGHT);
    assert.deepEqual(
      view.markers.map((m) => [m.x, m.role, m.clock, m.line]),
      [
        [0, 'started', '22:10', 9],
        [view.markers[1].x, 'detected', '22:25', 10],
        [view.markers[2].x, 'mitigated', '05:50', 11],
        [1, 'resolved', '06:40', 12],
      ],
    );
    assert.ok(view.markers[1].x > 0 && view.markers[1].x < view.markers[2].x);
    assert.equal(view.markers[0].label, '22:10, trigger: Errors started after the deploy');
    assert.equal(view.caption, 'Times in UTC, 2024-05-02');
  });

  test('a quiet night is drawn short and marked with the time it stands for', () => {
    const view = viewOf(OVERNIGHT);
    assert.equal(view.breaks.length, 1);
    assert.equal(view.breaks[0].label, '+7h 25m');
    assert.ok(view.breaks[0].x > view.markers[1].x && view.breaks[0].x < view.markers[2].x);
    // Fifteen minutes before the night take more room than the seven hours of it.
    assert.ok(view.markers[2].x - view.markers[1].x < 0.5);
  });

  test('the incident window is shaded, and the metrics are spans from its start', () => {
    const view = viewOf(OVERNIGHT);
    assert.deepEqual(view.window, { from: 0, to: 1, label: 'Incident (8h 30m)' });
    assert.deepEqual(
      view.spans.map((s) => [s.metric, s.from, s.label]),
      [
        ['detect', 0, 'Time to detect (15m)'],
        ['mitigate', 0, 'Time to mitigate (7h 40m)'],
        ['resolve', 0, 'Time to resolve (8h 30m)'],
      ],
    );
    assert.equal(view.spans.find((s) => s.metric === 'detect')!.to, view.markers[1].x);
  });

  test('entries too close to share a row are stacked in lanes, and no tick label overprints another', () => {
    const view = viewOf(`# Busy minute

All times UTC.

## Timeline

- 2024-05-02 10:00 - Errors started
- 2024-05-02 10:00 - Alert fired
- 2024-05-02 10:01 - On-call acknowledged
- 2024-05-02 10:50 - Resolved
`);
    assert.deepEqual(view.markers.map((m) => m.lane), [0, 1, 2, 0]);
    assert.equal(view.lanes, 3);
    for (const lane of [0, 1, 2]) {
      const xs = view.markers.filter((m) => m.lane === lane).map((m) => m.x);
      xs.slice(1).forEach((x, i) => assert.ok(x - xs[i] >= MIN_MARKER_SPACING));
    }
    const ticks = view.ticks.map((t) => t.x);
    ticks.slice(1).forEach((x, i) => assert.ok(x - ticks[i] > 0.05, `ticks ${ticks[i]} and ${x} crowd`));
  });

  test('lines are counted the same with CRLF line ends, emoji and tabs, and the text is kept as written', () => {
    const text = '# 🔥 Outage\r\n\r\nAll times UTC.\r\n\r\n## Timeline\r\n\r\n-\t2024-05-02 10:00 - 🚨 Alert <b>fired</b> & paged\r\n- 2024-05-02 10:30 - Service restored 👍\r\n';
    const view = viewOf(text);
    assert.deepEqual(view.markers.map((m) => m.line), [6, 7]);
    assert.equal(view.markers[0].text, '🚨 Alert <b>fired</b> & paged');
    assert.equal(view.title, '🔥 Outage');
  });

  test('an entry that names no lifecycle step is drawn as "other", and the legend then names it', () => {
    const view = viewOf('# Outage\n\nAll times UTC.\n\n## Timeline\n\n- 2024-05-02 10:00 - Deploy began\n- 2024-05-02 10:30 - Service restored\n');
    assert.equal(view.markers[0].role, 'other');
    assert.ok(view.legend.some((l) => l.role === 'other'));
    assert.ok(!viewOf(OVERNIGHT).legend.some((l) => l.role === 'other'));
  });

  test('one entry stands in the middle of the axis', () => {
    const view = viewOf('# Outage\n\n## Timeline\n\n- 10:00 UTC Alert fired\n');
    assert.deepEqual(view.markers.map((m) => m.x), [0.5]);
    assert.equal(view.caption, 'Times in UTC');
  });
});
