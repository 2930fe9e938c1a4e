/**
 * The "Show Timeline" webview: draws the engine's TimelineView (every position and label is the
 * engine's) as HTML. Markers are buttons, in time order, so Tab reaches each one and Enter or a
 * click reveals its line; the arrow keys move between them.
 */
import type { TimelineView, TimelineViewMarker } from '../../server/src/engine/diagram/timelineView';
import { el, extension, labelled, onMessage, place, show } from './dom';
import type { FromTimeline, ToTimeline } from './messages';

const vscode = extension<FromTimeline>();
const root = document.getElementById('root')!;

/** The letter each role's marker carries, so the roles read without telling colours apart. */
const ROLE_LETTERS: Record<TimelineViewMarker['role'], string> = {
  started: 'T',
  detected: 'D',
  acknowledged: 'A',
  escalated: 'E',
  mitigated: 'M',
  resolved: 'R',
  other: '·',
};

onMessage<ToTimeline>((message) => {
  if (message.type !== 'timeline') return;
  if (message.view) draw(message.view);
  else show(root, el('h1', 'title', message.fileName), el('p', 'empty', 'No timeline entry with a time to draw yet. Entries such as "- 10:05 UTC Alert fired" appear here as you type them.'));
  vscode.postMessage({ type: 'rendered', lines: message.view?.markers.map((m) => m.line) ?? [] });
});

function draw(view: TimelineView): void {
  const chart = labelled('section', 'chart', 'Timeline');
  chart.append(markers(view), axis(view), spans(view));
  show(root, el('h1', 'title', view.title), el('p', 'caption', view.caption), chart, legend(view));
}

function markers(view: TimelineView): HTMLElement {
  const track = labelled('div', 'markers track', 'Timeline entries: Enter shows an entry in the editor');
  track.style.setProperty('--lanes', String(view.lanes));
  track.setAttribute('role', 'toolbar');
  for (const marker of view.markers) {
    const button = el('button', `marker role-${marker.role}`, ROLE_LETTERS[marker.role]);
    button.type = 'button';
    button.setAttribute('aria-label', marker.label);
    button.dataset.line = String(marker.line);
    button.style.setProperty('--lane', String(marker.lane));
    place(button, 'left', marker.x);
    const tip = el('span', 'tip', `${marker.clock} ${marker.text}`);
    tip.setAttribute('aria-hidden', 'true');
    button.append(tip);
    button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line: marker.line }));
    track.append(button);
  }
  track.addEventListener('keydown', moveFocus);
  return track;
}

/** Left and right arrows step through the markers in time order, Home and End jump to the ends. */
function moveFocus(event: KeyboardEvent): void {
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.marker')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (next === undefined || at < 0) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, next))].focus();
}

function axis(view: TimelineView): HTMLElement {
  const track = el('div', 'axis track');
  if (view.window) {
    const shade = el('div', 'window', view.window.label);
    place(shade, 'left', view.window.from);
    place(shade, 'width', Math.max(view.window.to - view.window.from, 0.002));
    track.append(shade);
  }
  track.append(el('div', 'line'));
  for (const tick of view.ticks) {
    const mark = el('div', 'tick', tick.label);
    place(mark, 'left', tick.x);
    track.append(mark);
  }
  for (const gap of view.breaks) {
    const mark = labelled('div', 'break', gap.description);
    mark.textContent = gap.label;
    mark.title = gap.description;
    place(mark, 'left', gap.x);
    track.append(mark);
  }
  return track;
}

function spans(view: TimelineView): HTMLElement {
  const list = labelled('ul', 'spans', 'Time to detect, mitigate and resolve, from the start');
  for (const span of view.spans) {
    const row = el('li', 'track');
    const bar = el('div', `bar metric-${span.metric}`);
    place(bar, 'left', span.from);
    place(bar, 'width', Math.max(span.to - span.from, 0.004));
    const label = el('span', 'label', span.label);
    // A label for a bar near the right edge is written to its left, inside the chart.
    if (span.to > 0.7) label.classList.add('before');
    place(label, span.to > 0.7 ? 'width' : 'left', span.to);
    row.append(bar, label);
    list.append(row);
  }
  return list;
}

function legend(view: TimelineView): HTMLElement {
  const list = labelled('ul', 'legend', 'Roles');
  for (const item of view.legend) {
    const entry = el('li');
    entry.append(el('span', `swatch role-${item.role}`, ROLE_LETTERS[item.role]), el('span', undefined, item.label));
    list.append(entry);
  }
  return list;
}

vscode.postMessage({ type: 'ready' });
