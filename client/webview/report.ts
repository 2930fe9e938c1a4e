/**
 * The "Show Report" webview: draws the engine's ReportView (every figure is the engine's, the
 * same as `postmortem stats`): incidents per month by severity as stacked bars, time to detect,
 * mitigate and resolve, open action items by owner, and the postmortems. Each row opens its document.
 */
import type { ReportItem, ReportMonth, ReportRow, ReportView } from '../../server/src/engine/rollup/report';
import { el, extension, labelled, onMessage, place, show } from './dom';
import type { FromReport, ToReport } from './messages';

const vscode = extension<FromReport>();
const root = document.getElementById('root')!;

const TREND_WORDS = { shorter: '↓ shorter', longer: '↑ longer', same: '→ same' } as const;

onMessage<ToReport>((message) => {
  if (message.type !== 'report') return;
  const { report } = message;
  if (!report) show(root, el('h1', undefined, 'Postmortem report'), el('p', 'empty', 'The workspace could not be read: see "Postmortem: Show Log".'));
  else draw(report);
  const items = report?.owners.reduce((sum, o) => sum + o.items.length, 0) ?? 0;
  vscode.postMessage({ type: 'rendered', months: report?.months.length ?? 0, items, rows: report?.rows.length ?? 0 });
});

function draw(report: ReportView): void {
  const summary = `${report.rows.length} postmortem${report.rows.length === 1 ? '' : 's'} in the workspace · overdue means due before ${report.asOf} (UTC)`;
  show(root, el('h1', undefined, 'Postmortem report'), el('p', 'caption', summary), months(report), timeTo(report), owners(report), postmortems(report));
}

function section(title: string, ...content: Node[]): HTMLElement {
  const part = el('section');
  part.append(el('h2', undefined, title), ...content);
  return part;
}

function months(report: ReportView): HTMLElement {
  if (!report.months.length) return section('Incidents per month', el('p', 'empty', 'No dated postmortem yet.'));
  const chart = el('div', 'bars');
  chart.setAttribute('role', 'list');
  for (const month of report.months) chart.append(bar(month, report.maxPerMonth));
  const notes = [
    report.earlier && `${report.earlier} earlier incident${report.earlier === 1 ? '' : 's'} not shown.`,
    report.undated && `${report.undated} postmortem${report.undated === 1 ? '' : 's'} with no date, in no month.`,
  ].filter(Boolean) as string[];
  return section('Incidents per month', chart, severityLegend(report), ...notes.map((n) => el('p', 'note', n)));
}

function bar(month: ReportMonth, max: number): HTMLElement {
  const column = el('div', 'month');
  column.setAttribute('role', 'listitem');
  const counts = month.bySeverity.map((s) => `${s.severity}: ${s.count}`).join(', ');
  column.setAttribute('aria-label', `${month.label}: ${month.total} incident${month.total === 1 ? '' : 's'}${counts ? ` (${counts})` : ''}`);
  column.title = column.getAttribute('aria-label')!;
  const stack = el('div', 'stack');
  place(stack, 'height', max ? month.total / max : 0);
  for (const part of month.bySeverity) {
    const segment = el('div', `segment tone-${part.tone}`);
    segment.style.setProperty('flex-grow', String(part.count));
    stack.append(segment);
  }
  const plot = el('div', 'plot');
  plot.append(el('span', 'total', month.total ? String(month.total) : ''), stack);
  column.append(plot, el('span', 'label', month.short));
  return column;
}

function severityLegend(report: ReportView): HTMLElement {
  const list = labelled('ul', 'legend', 'Severities');
  for (const { severity, tone } of report.severities) {
    const item = el('li');
    item.append(el('span', `swatch tone-${tone}`), el('span', undefined, severity));
    list.append(item);
  }
  return list;
}

function table(headers: string[], rows: HTMLTableRowElement[]): HTMLTableElement {
  const grid = el('table');
  const head = el('tr');
  head.append(...headers.map((h) => el('th', undefined, h)));
  grid.append(el('thead'), el('tbody'));
  grid.tHead!.append(head);
  grid.tBodies[0].append(...rows);
  return grid;
}

function row(...cells: Array<string | Node>): HTMLTableRowElement {
  const line = el('tr');
  for (const cell of cells) {
    const td = el('td');
    td.append(cell);
    line.append(td);
  }
  return line;
}

function timeTo(report: ReportView): HTMLElement {
  const rows = report.timeTo.map((t) => {
    const trend = el('span', `trend ${t.direction ?? 'none'}`, t.direction ? TREND_WORDS[t.direction] : 'not enough to compare');
    trend.title = t.trend;
    return row(t.label, String(t.count), t.mean, t.median, t.p90, trend);
  });
  const note = el('p', 'note', 'Trend: the median of the last three calendar months against the three before; hover a trend for its figures.');
  return section('Time to detect, mitigate and resolve', table(['', 'Postmortems', 'Mean', 'Median', 'P90', 'Trend'], rows), note);
}

/** A button that opens a document at a line: rows are links, reachable with Tab. */
function opener(text: string, uri: string, line: number, where: string): HTMLButtonElement {
  const button = el('button', 'link', text);
  button.type = 'button';
  button.title = where;
  button.addEventListener('click', () => vscode.postMessage({ type: 'open', uri, line }));
  return button;
}

function owners(report: ReportView): HTMLElement {
  if (!report.owners.length) return section('Open action items', el('p', 'empty', 'No open action item.'));
  const groups = report.owners.map((owner) => {
    const heading = el('h3', undefined, owner.owner);
    if (owner.overdue) heading.append(el('span', 'badge overdue', `${owner.overdue} overdue`));
    const rows = owner.items.map((item) => itemRow(item));
    const group = el('div', 'owner');
    group.append(heading, table(['Due', 'Action item', 'Postmortem'], rows));
    return group;
  });
  return section('Open action items by owner', ...groups);
}

function itemRow(item: ReportItem): HTMLTableRowElement {
  const due = el('span', item.overdue ? 'due overdue' : 'due', item.due ?? '-');
  if (item.overdue) due.append(el('span', 'badge overdue', 'overdue'));
  const line = row(due, opener(item.text, item.name, item.line, `${item.title}, line ${item.line + 1}`), item.title);
  if (item.overdue) line.classList.add('overdue');
  return line;
}

function postmortems(report: ReportView): HTMLElement {
  const rows = report.rows.map((r: ReportRow) => {
    const severity = el('span', `severity tone-${r.tone}`, r.severity);
    return row(r.date ?? 'undated', opener(r.title, r.name, r.line, r.name), severity, r.duration ?? '-');
  });
  return section('Postmortems', rows.length ? table(['Date', 'Title', 'Severity', 'Duration'], rows) : el('p', 'empty', 'No postmortem in the workspace yet.'));
}

vscode.postMessage({ type: 'ready' });
