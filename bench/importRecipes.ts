/**
 * Logs to import, one recipe per format and per place in the timeline, each written at `count`
 * events in time linear in `count`. The import benchmark and the unit tests share them. Every
 * line is made up here from the format's documented shape.
 */
import type { ImportFormat } from '../server/src/engine';

export interface ImportRecipe {
  name: string;
  /** The format the log must be read as: a recipe read as another measures the wrong reader. */
  format: ImportFormat;
  /** The postmortem the log goes into. */
  document(count: number): string;
  log(count: number): string;
  /** How many entries the import adds (every event, unless the recipe repeats some). */
  adds(count: number): number;
}

const START = Date.UTC(2026, 2, 4, 6, 0);
/** Events 7 seconds apart, so a few thousand stay within a day or two. */
const at = (i: number) => START + i * 7_000;
const iso = (i: number) => new Date(at(i)).toISOString();
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (i: number) => `${pad(new Date(at(i)).getUTCHours())}:${pad(new Date(at(i)).getUTCMinutes())}`;
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_v, i) => line(i)).join('\n');
const SERVICES = ['checkout', 'cart', 'payments', 'search', 'login'];
const said = (i: number) => `${SERVICES[i % SERVICES.length]} step ${i} reported`;

/** A list timeline with one entry in every hundred events' span, so imports land between entries. */
function listDocument(count: number): string {
  const entries = lines(Math.max(1, Math.ceil(count / 100)), (k) => `- ${iso(k * 100 + 50).slice(0, 16).replace('T', ' ')} UTC - Existing note ${k}`);
  return `# Checkout latency\n\n## Summary\n\nCheckout was slow on 2026-03-04.\n\n## Timeline\n\n${entries}\n\n## Root Cause\n\nA cache config.\n`;
}

function tableDocument(count: number): string {
  const rows = lines(Math.max(1, Math.ceil(count / 100)), (k) => `| ${iso(k * 100 + 50).slice(0, 16).replace('T', ' ')} | Existing note ${k} |`);
  return `# Checkout latency\n\n## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n${rows}\n\n## Root Cause\n\nA cache config.\n`;
}

const bareDocument = () => '# Checkout latency\n\n## Summary\n\nCheckout was slow on 2026-03-04.\n';
const every = (count: number) => count;

export const IMPORT_RECIPES: readonly ImportRecipe[] = [
  { name: 'iso-log', format: 'iso-log', document: listDocument, log: (n) => lines(n, (i) => `${iso(i)} INFO ${said(i)}`), adds: every },
  { name: 'iso-log-into-table', format: 'iso-log', document: tableDocument, log: (n) => lines(n, (i) => `${iso(i)} INFO ${said(i)}`), adds: every },
  { name: 'iso-log-no-timeline', format: 'iso-log', document: bareDocument, log: (n) => lines(n, (i) => `${iso(i)} INFO ${said(i)}`), adds: every },
  { name: 'iso-log-reversed', format: 'iso-log', document: listDocument, log: (n) => lines(n, (i) => `${iso(n - 1 - i)} WARN ${said(n - 1 - i)}`), adds: every },
  { name: 'syslog', format: 'syslog', document: listDocument, log: (n) => lines(n, (i) => `Mar  4 ${new Date(at(i)).toISOString().slice(11, 19)} web-${i % 4} checkout[42]: ${said(i)}`), adds: every },
  { name: 'plain-lines', format: 'plain', document: listDocument, log: (n) => lines(n, (i) => `${clock(i)} ${said(i)}`), adds: every },
  {
    name: 'slack-copied',
    format: 'slack-copied',
    document: listDocument,
    log: (n) => lines(n, (i) => `${i % 3 ? '' : `Responder ${i % 7}  `}${clock(i)}\n${said(i)}`),
    adds: every,
  },
  {
    name: 'slack-json',
    format: 'slack-json',
    document: listDocument,
    log: (n) => JSON.stringify(Array.from({ length: n }, (_v, i) => ({ type: 'message', user: `U${i % 9}`, text: said(i), ts: `${at(i) / 1000}.000100` }))),
    adds: every,
  },
  {
    name: 'pagerduty-log',
    format: 'pagerduty-log',
    document: listDocument,
    log: (n) => lines(n, (i) => `${iso(i)} Annotated by Responder ${i % 7}: ${said(i)}`),
    adds: every,
  },
  {
    name: 'pagerduty-csv',
    format: 'pagerduty-csv',
    document: listDocument,
    log: (n) => `id,type,summary,created_at,agent\n${lines(n, (i) => `R${i},annotate_log_entry,"Note added: ${said(i)}, ""quoted""",${iso(i)},Responder ${i % 7}`)}`,
    adds: every,
  },
  {
    name: 'opsgenie',
    format: 'opsgenie',
    document: listDocument,
    log: (n) => JSON.stringify(Array.from({ length: n }, (_v, i) => ({ action: 'AddNote', alert: { message: 'Checkout latency', note: said(i), createdAt: START, updatedAt: at(i) } }))),
    adds: every,
  },
  {
    name: 'alertmanager',
    format: 'alertmanager',
    document: listDocument,
    log: (n) =>
      JSON.stringify({
        version: '4',
        status: 'firing',
        alerts: Array.from({ length: n }, (_v, i) => ({ status: 'firing', labels: { alertname: `Alert${i}`, service: SERVICES[i % 5] }, annotations: { summary: said(i) }, startsAt: iso(i), endsAt: '0001-01-01T00:00:00Z' })),
      }),
    adds: every,
  },
  // Everything in one minute: the duplicate check must not compare each event with all the others.
  { name: 'one-minute', format: 'iso-log', document: listDocument, log: (n) => lines(n, (i) => `2026-03-04T12:00:30Z ${said(i)}`), adds: every },
  // The log imported a second time: every event is found in the timeline and skipped.
  {
    name: 'already-imported',
    format: 'iso-log',
    document: (n) => lines(n, (i) => `- ${iso(i).slice(0, 16).replace('T', ' ')} UTC - ${said(i)}`).replace(/^/, '# Checkout latency\n\n## Timeline\n\n'),
    log: (n) => lines(n, (i) => `${iso(i)} ${said(i)}`),
    adds: () => 0,
  },
];
