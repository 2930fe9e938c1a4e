/**
 * The language server (dist/server.js) against VS Code's Markdown language server
 * (vscode-markdown-languageserver 0.3.0, the last release that runs on Node 20), in one run, on the
 * same generated postmortems, both driven over stdio by the same client:
 *
 * - start-up: from spawning the process to the initialize result;
 * - a change's diagnostics: from sending textDocument/didChange to holding its diagnostics, on a
 *   5 KB and a 1 MB postmortem (pulled with textDocument/diagnostic for both servers; ours also
 *   pushed, as Neovim 0.7 receives them);
 * - memory: the server process's resident set with 100 postmortems open and diagnosed.
 *
 * Run with `npx tsc -b && node scripts/build.mjs && node out/bench/lsp.bench.js`; the table also
 * goes to bench/results/lsp-latest.md.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { TextEdit } from 'vscode-languageserver-protocol';
import MarkdownIt from 'markdown-it';
import { PULL_CAPABILITIES, PUSH_CAPABILITIES, REPO, TestClient, type StartOptions } from '../test/unit/lsp/lspClient';
import { generatePostmortem } from './generate';

const GOALS = { initializeMs: 100, small: 5, large: 300, rssMb: 150 };
const MARKDOWN_SERVER = require.resolve('vscode-markdown-languageserver/out/node/main.js');

/** What a server's client-side requests can read: the open documents' current text. */
type Documents = { text(uri: string): string | undefined; uris(): string[] };

interface Server {
  name: string;
  options(documents: Documents): StartOptions;
  /** Sent after initialized: what the server needs before it reports anything. */
  prepare(client: TestClient): Promise<void>;
}

const ours: Server = {
  name: 'postmortem',
  options: () => ({}),
  prepare: async () => undefined,
};

/** VS Code's client answers the Markdown server's own requests; this does the same, from memory and disk. */
const vscodeMarkdown: Server = {
  name: 'vscode-markdown',
  options: (documents) => {
    // markdown-it, as VS Code's Markdown extension uses it to answer the server's `markdown/parse`.
    const parser = new MarkdownIt({ html: true });
    return {
      server: [MARKDOWN_SERVER, '--stdio'],
      handlers: {
        'markdown/parse': (params: { uri: string; text?: string }) => parser.parse(params.text ?? documents.text(params.uri) ?? '', {}),
        'markdown/fs/stat': () => undefined,
        'markdown/fs/readDirectory': () => [],
        'markdown/fs/readFile': (params: { uri: string }) => [...Buffer.from(documents.text(params.uri) ?? '')],
        'markdown/findMarkdownFilesInWorkspace': () => documents.uris(),
        'markdown/fs/watcher/create': () => null,
        'markdown/fs/watcher/delete': () => null,
      },
    };
  },
  prepare: async (client) => {
    const level = { enabled: 'warning' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {
        markdown: {
          server: { log: 'off' },
          preferredMdPathExtensionStyle: 'auto',
          suggest: { paths: { enabled: true } },
          validate: {
            enabled: true,
            referenceLinks: level,
            fragmentLinks: level,
            fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
            ignoredLinks: [],
            unusedLinkDefinitions: level,
            duplicateLinkDefinitions: level,
          },
        },
      },
    });
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

async function start(server: Server, push = false): Promise<TestClient> {
  const open = new Set<string>();
  const started: { client?: TestClient } = {};
  const documents: Documents = { text: (uri) => (open.has(uri) ? started.client?.text(uri) : undefined), uris: () => [...open] };
  const client = await TestClient.start({ ...server.options(documents), capabilities: push ? PUSH_CAPABILITIES : PULL_CAPABILITIES });
  started.client = client;
  const opening = client.open.bind(client);
  client.open = (uri, text, languageId) => {
    open.add(uri);
    return opening(uri, text, languageId);
  };
  await server.prepare(client);
  return client;
}

/** Node.js starting and exiting with nothing to do: the floor under any server's start-up here. */
async function nodeAlone(runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await new Promise((resolve) => spawn(process.execPath, ['-e', '0']).once('exit', resolve));
    times.push(performance.now() - started);
  }
  return median(times);
}

async function startup(server: Server, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const client = await start(server);
    times.push(client.initializeMs);
    await client.stop();
  }
  return median(times);
}

/** An edit that adds a word to a line in the middle, then takes it away: the size stays put. */
function toggle(text: string, i: number): TextEdit {
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  const end = lines[line].length;
  return i % 2 === 0
    ? { range: { start: { line, character: end }, end: { line, character: end } }, newText: ' again' }
    : { range: { start: { line, character: end - ' again'.length }, end: { line, character: end } }, newText: '' };
}

async function changeToDiagnostics(server: Server, text: string, warmup: number, runs: number, push = false): Promise<{ medianMs: number; diagnostics: number }> {
  const client = await start(server, push);
  const uri = client.uri('postmortems/bench-postmortem.md');
  await client.open(uri, text);
  let diagnostics = push ? (await client.pushedForCurrentVersion(uri)).diagnostics.length : (await client.pull(uri)).length;
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const edit = toggle(client.text(uri), i);
    const startedAt = performance.now();
    await client.edit(uri, [edit]);
    diagnostics = push ? (await client.pushedForCurrentVersion(uri)).diagnostics.length : (await client.pull(uri)).length;
    if (i >= warmup) times.push(performance.now() - startedAt);
  }
  await client.stop();
  return { medianMs: median(times), diagnostics };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function memoryWithOpen(server: Server, count: number): Promise<number> {
  const client = await start(server);
  for (let i = 0; i < count; i++) {
    const uri = client.uri(`postmortems/${String(i).padStart(3, '0')}-postmortem.md`);
    await client.open(uri, generatePostmortem(5 * 1024, i + 1));
    await client.pull(uri);
  }
  const rss = rssMb(client.child.pid!);
  await client.stop();
  return rss;
}

async function main(): Promise<void> {
  const servers = [ours, vscodeMarkdown];
  const small = generatePostmortem(5 * 1024, 1);
  const large = generatePostmortem(1024 * 1024, 1);
  const rows: string[][] = [];
  const row = (what: string, a: number, b: number, unit: string, goal: string) =>
    rows.push([what, `${ms(a)} ${unit}`, `${ms(b)} ${unit}`, `${(b / a).toFixed(1)}x`, goal]);
  const verdict = (value: number, limit: number) => `${value < limit ? 'ok' : 'MISSED'} (< ${limit})`;

  const [startOurs, startMarkdown] = [await startup(ours, 9), await startup(vscodeMarkdown, 9)];
  row('Start-up to initialize result, median of 9', startOurs, startMarkdown, 'ms', verdict(startOurs, GOALS.initializeMs));
  rows.push(['(for scale: `node -e 0`, spawn to exit, median of 9)', `${ms(await nodeAlone(9))} ms`, '', '', '']);

  const smallOurs = await changeToDiagnostics(ours, small, 50, 200);
  const smallMarkdown = await changeToDiagnostics(vscodeMarkdown, small, 50, 200);
  row(`didChange to diagnostics, 5 KB (${small.length.toLocaleString('en')} chars), pulled, median of 200`, smallOurs.medianMs, smallMarkdown.medianMs, 'ms', verdict(smallOurs.medianMs, GOALS.small));
  const smallPush = await changeToDiagnostics(ours, small, 50, 200, true);
  rows.push(['didChange to diagnostics, 5 KB, pushed (ours only)', `${ms(smallPush.medianMs)} ms`, '', '', verdict(smallPush.medianMs, GOALS.small)]);

  const largeOurs = await changeToDiagnostics(ours, large, 2, 9);
  const largeMarkdown = await changeToDiagnostics(vscodeMarkdown, large, 2, 9);
  row(`didChange to diagnostics, 1 MB (${large.length.toLocaleString('en')} chars), pulled, median of 9`, largeOurs.medianMs, largeMarkdown.medianMs, 'ms', verdict(largeOurs.medianMs, GOALS.large));
  const largePush = await changeToDiagnostics(ours, large, 2, 9, true);
  rows.push(['didChange to diagnostics, 1 MB, pushed (ours only)', `${ms(largePush.medianMs)} ms`, '', '', verdict(largePush.medianMs, GOALS.large)]);

  const [rssOurs, rssMarkdown] = [await memoryWithOpen(ours, 100), await memoryWithOpen(vscodeMarkdown, 100)];
  row('Server RSS with 100 postmortems (5 KB) open and diagnosed', rssOurs, rssMarkdown, 'MB', verdict(rssOurs, GOALS.rssMb));

  const header = ['Measure', servers[0].name, servers[1].name, `${servers[1].name} / ours`, 'Goal (ours)'];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const notes = [
    `Findings on the documents: ours ${smallOurs.diagnostics} (5 KB) and ${largeOurs.diagnostics} (1 MB); vscode-markdown ${smallMarkdown.diagnostics} and ${largeMarkdown.diagnostics} (link checks, all set to warning).`,
    'vscode-markdown asks its client to tokenize each version (`markdown/parse`); the time includes that round trip and markdown-it in the client, as in VS Code.',
  ];
  const report = [
    '# Language server benchmark',
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} · vscode-markdown-languageserver 0.3.0`,
    '',
    table,
    '',
    ...notes,
    '',
  ].join('\n');
  console.log(report);
  mkdirSync(join(REPO, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO, 'bench', 'results', 'lsp-latest.md'), report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
