import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { join } from 'node:path';
import { PUSH_CAPABILITIES, REPO, TestClient, rangeOf, seedText } from './lspClient';

describe('pushed diagnostics, for clients that do not pull', () => {
  test('a document is published on open and after each edit, stamped with its version', async () => {
    const client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    try {
      assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
      const uri = client.uri('postmortems/seed.md');
      const seed = seedText();
      await client.open(uri, seed);
      const opened = await client.pushedForCurrentVersion(uri);
      assert.deepEqual(opened.diagnostics.filter((d) => d.code === 'PM001'), []);

      const timeline = rangeOf(seed, '### Timeline');
      const end = rangeOf(seed, 'at 11:30 AM UTC.').end;
      await client.edit(uri, [{ range: { start: timeline.start, end: { line: end.line + 1, character: 0 } }, newText: '' }]);
      const edited = await client.pushedForCurrentVersion(uri);
      assert.deepEqual(edited.diagnostics.filter((d) => d.code === 'PM001').map((d) => d.range.start.line), [0]);
    } finally {
      await client.stop();
    }
  });

  test('a settings change re-publishes every open postmortem', async () => {
    const client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, settings: { '*': { rules: { PM021: 'error' } } } });
    try {
      const uri = client.uri('postmortems/settings.md');
      await client.open(uri, seedText());
      const before = await client.pushedForCurrentVersion(uri);
      assert.deepEqual([...new Set(before.diagnostics.filter((d) => d.code === 'PM021').map((d) => d.severity))], [1]);
      client.settings = { '*': { rules: { PM021: 'off' } } };
      const count = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === uri), 'diagnostics after the settings change');
      assert.deepEqual(after.diagnostics.filter((d) => d.code === 'PM021'), []);
      assert.equal(after.version, 1);
    } finally {
      await client.stop();
    }
  });

  test('a burst of edits never publishes a version older than one already published, and ends on the last', async () => {
    const client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    try {
      const uri = client.uri('postmortems/burst.md');
      const seed = seedText();
      await client.open(uri, seed);
      await client.pushedForCurrentVersion(uri);
      for (let i = 0; i < 20; i++) await client.edit(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: `Edit ${i}. ` }]);
      await client.pushedForCurrentVersion(uri);
      const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published in order: ${versions.join(', ')}`);
      assert.equal(new Set(versions).size, versions.length);
      assert.equal(versions[versions.length - 1], 21);
    } finally {
      await client.stop();
    }
  });

  test('closing a postmortem clears its diagnostics; other Markdown is never published', async () => {
    const client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    try {
      const readme = client.uri('README.md');
      await client.open(readme, '# Read me\n');
      const uri = client.uri('postmortems/closing.md');
      await client.open(uri, seedText());
      await client.pushedForCurrentVersion(uri);
      await client.close(uri);
      await client.waitFor(() => client.published.find((p) => p.uri === uri && p.version === undefined && p.diagnostics.length === 0), 'cleared diagnostics');
      assert.deepEqual(client.published.filter((p) => p.uri === readme), []);
    } finally {
      await client.stop();
    }
  });

  test('symbols come flat, each naming its container, for clients without nested symbols', async () => {
    const client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
    try {
      const uri = client.uri('postmortems/flat.md');
      await client.open(uri, seedText());
      const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.some((s) => s.name === 'Detection' && s.containerName === 'Timeline' && s.location.uri === uri));
      const hover = await client.request<{ contents: { kind: string } }>('textDocument/hover', { textDocument: { uri }, position: rangeOf(seedText(), '10:15 AM UTC').start });
      assert.equal(hover.contents.kind, 'plaintext');
    } finally {
      await client.stop();
    }
  });
});

describe('transports', () => {
  test('the postmortem-language-server bin speaks over stdio when given no transport', async () => {
    const client = await TestClient.start({ server: [join(REPO, 'bin', 'postmortem-language-server.js')] });
    try {
      assert.equal(client.initializeResult.serverInfo?.name, 'postmortem-language-server');
    } finally {
      await client.stop();
    }
  });

  test('the server speaks over Node IPC with --node-ipc', async () => {
    const client = await TestClient.start({ transport: 'node-ipc' });
    try {
      const uri = client.uri('postmortems/ipc.md');
      await client.open(uri, seedText());
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols[0].name, 'Postmortem REport');
    } finally {
      await client.stop();
    }
  });
});
