import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ResponseError } from 'vscode-jsonrpc';
import { REPO, TestClient, seedText } from './lspClient';

/**
 * The server with the browser's host (server/src/lsp/browserHost.ts) over real LSP messages: it has
 * no disk, so whatever it reads beyond the open documents it asks of the client, as it does in
 * vscode.dev and github.dev. The client here answers from a virtual file system of its own, under
 * a `memfs:` workspace folder, as VS Code's workspace.fs answers for `vscode-vfs:` there.
 */

const OUT = join(REPO, 'out', 'server', 'src', 'lsp');
/** The browser host and the server as the web worker starts them (browserMain.ts), over stdio instead of postMessage. */
const BROWSER_HOST_SERVER = `
const { createConnection, ProposedFeatures } = require('vscode-languageserver/node');
const { browserServerHost } = require(${JSON.stringify(join(OUT, 'browserHost.js'))});
const { startServer } = require(${JSON.stringify(join(OUT, 'server.js'))});
const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
startServer(connection, browserServerHost(connection));
`;

const FOLDER = 'memfs:/repo';
const at = (path: string) => `${FOLDER}/${path}`;

/** The seed without its timeline, so PM001 reports it and its level shows in the severity. */
function withoutTimeline(): string {
  const lines = seedText().split('\n');
  return [...lines.slice(0, 13), ...lines.slice(29)].join('\n');
}

function pm001(diagnostics: Array<{ code?: string | number; severity?: number }>): number[] {
  return diagnostics.filter((d) => d.code === 'PM001').map((d) => d.severity ?? 0);
}

/** A file system the client serves: files by URI; folders are the prefixes of their URIs. */
class VirtualFiles {
  readonly files = new Map<string, string>();
  /** Every URI the server asked to stat or read. */
  readonly asked: string[] = [];

  handlers() {
    return {
      'postmortem/statFile': ({ uri }: { uri: string }) => {
        this.asked.push(uri);
        const text = this.files.get(uri);
        if (text !== undefined) return { mtimeMs: 1, size: text.length, directory: false };
        if ([...this.files.keys()].some((file) => file.startsWith(`${uri}/`))) return { mtimeMs: 1, size: 0, directory: true };
        // What VS Code's client sends back when workspace.fs.stat throws FileNotFound.
        throw new ResponseError(-32603, `Unable to resolve nonexistent file '${uri}'`);
      },
      'postmortem/readFile': ({ uri }: { uri: string }) => {
        this.asked.push(uri);
        const text = this.files.get(uri);
        if (text === undefined) throw new ResponseError(-32603, `Unable to read file '${uri}'`);
        return { text };
      },
      'postmortem/findMarkdownFiles': () => [...this.files.keys()].filter((uri) => uri.endsWith('.md')),
    };
  }
}

describe('.postmortemrc.json on a virtual file system, read through the client (the browser server)', () => {
  const fs = new VirtualFiles();
  let client: TestClient;

  before(async () => {
    fs.files.set(at('.postmortemrc.json'), JSON.stringify({ rules: { PM001: 'error' } }));
    fs.files.set(at('team-a/.postmortemrc.json'), JSON.stringify({ rules: { PM001: 'off' } }));
    fs.files.set(at('team-b/.postmortemrc.json'), '{ "rules": { "PM001": "off" ');
    fs.files.set(at('team-c/.postmortemrc.json/keep'), '');
    client = await TestClient.start({ server: ['-e', BROWSER_HOST_SERVER], workspaceFolder: FOLDER, handlers: fs.handlers() });
  });

  after(() => client.stop());

  test('a config file above the document applies, read with the client\'s file requests', async () => {
    const uri = at('postmortems/2024/outage.md');
    await client.open(uri, withoutTimeline());
    assert.deepEqual(pm001(await client.pull(uri)), [1], 'PM001 is an error, as the config file says');
    assert.ok(fs.asked.includes(at('postmortems/2024/.postmortemrc.json')), 'looked in the document\'s own folder first');
    assert.ok(fs.asked.includes(at('.postmortemrc.json')), 'read the config file at the root of the repository');
  });

  test('the nearest config file wins', async () => {
    const uri = at('team-a/deep/outage.md');
    await client.open(uri, withoutTimeline());
    assert.deepEqual(pm001(await client.pull(uri)), []);
  });

  test('a folder named .postmortemrc.json is passed over for the config file above it', async () => {
    const uri = at('team-c/outage.md');
    await client.open(uri, withoutTimeline());
    assert.deepEqual(pm001(await client.pull(uri)), [1]);
  });

  test('a broken config file is shown on its virtual URI, named relative to the workspace folder', async () => {
    const uri = at('team-b/outage.md');
    const configUri = at('team-b/.postmortemrc.json');
    await client.open(uri, withoutTimeline());
    const notes = (await client.pull(uri)).filter((d) => d.code === 'config');
    assert.deepEqual(
      notes.map((d) => ({ message: d.message, cause: d.relatedInformation?.map((r) => r.location.uri) })),
      [{ message: 'The settings in team-b/.postmortemrc.json were not applied: see the problem there.', cause: [configUri] }],
    );
    const published = await client.waitFor(() => client.published.find((p) => p.uri === configUri), 'diagnostics on the config file');
    assert.deepEqual(published.diagnostics.map((d) => d.message), ["not valid JSON: Expected ',' or '}' after property value"]);
  });

  test('a config file the client reports changed is read again, and its problems go when it is mended', async () => {
    const uri = at('team-b/outage.md');
    const configUri = at('team-b/.postmortemrc.json');
    fs.files.set(configUri, JSON.stringify({ rules: { PM001: 'hint' } }));
    const seen = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const cleared = await client.waitFor(() => client.published.slice(seen).find((p) => p.uri === configUri), 'the config file\'s diagnostics cleared');
    assert.deepEqual(cleared.diagnostics, []);
    assert.deepEqual(pm001(await client.pull(uri)), [4]);
  });

  test('an untitled postmortem takes the config file of the workspace folder', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, withoutTimeline());
    assert.deepEqual(pm001(await client.pull(uri)), [1]);
  });
});
