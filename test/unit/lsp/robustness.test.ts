import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { TestClient, rangeOf, seedText } from './lspClient';

function raw(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

describe('the language server stays up and answering', () => {
  let client: TestClient;
  const seed = seedText();
  let uri: string;

  before(async () => {
    client = await TestClient.start();
    uri = client.uri('postmortems/seed.md');
    await client.open(uri, seed);
  });

  after(() => client.stop());

  async function stillAnswers(): Promise<void> {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0]?.name, 'Postmortem REport');
    assert.ok(client.isAlive());
  }

  test('after a message that is not JSON', async () => {
    client.child.stdin!.write(raw('{"jsonrpc": "2.0", "id": 99, "method": '));
    await stillAnswers();
  });

  test('after JSON that is not a JSON-RPC message', async () => {
    client.child.stdin!.write(raw('{"hello": "world"}'));
    client.child.stdin!.write(raw('[1, 2, 3]'));
    await stillAnswers();
  });

  test('after a request for a method it does not know', async () => {
    await assert.rejects(client.request('postmortem/noSuchMethod', {}), (error: ResponseError<unknown>) => error.code === -32601);
    await client.connection.sendNotification('postmortem/noSuchNotification', {});
    await stillAnswers();
  });

  test('after requests with missing or wrong parameters: they get an empty result, not a crash', async () => {
    assert.equal(await client.request('textDocument/hover', {}), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 42 } }), []);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 9999, character: -5 } }), []);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri } }), []);
    await client.waitFor(() => client.logs.find((l) => l.startsWith(`[codeAction] failed {"uri":"${uri}"}`)), 'the failure logged with where and which document');
    await stillAnswers();
  });

  test('after an unknown command or a command with bad arguments: an error answer', async () => {
    await assert.rejects(client.request('workspace/executeCommand', { command: 'postmortem.insertSection', arguments: [] }), (error: ResponseError<unknown>) => error.code === -32602);
    await assert.rejects(client.request('workspace/executeCommand', { command: 'postmortem.noSuchCommand', arguments: [{ uri }] }), (error: ResponseError<unknown>) => error.code === -32602);
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'postmortem.insertTimelineEntry', arguments: [{ uri, isoInstant: 'yesterday-ish' }] }),
      (error: ResponseError<unknown>) => error.code === -32602 && /isoInstant/.test(error.message),
    );
    await stillAnswers();
  });

  test('a binary file gets one clear warning instead of findings', async () => {
    const binary = client.uri('postmortems/binary.md');
    await client.open(binary, '# Postmortem\u0000\u0001\u0002 not text\n');
    const diagnostics = await client.pull(binary);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /binary rather than Markdown/);
    await stillAnswers();
  });

  test('a file too large to check as you type gets one clear warning instead of findings', async () => {
    const huge = client.uri('postmortems/huge.md');
    await client.open(huge, '# Postmortem\n' + '- 10:15 UTC something happened\n'.repeat(200_000));
    const diagnostics = await client.pull(huge);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /million characters; Postmortem checks files of up to 5 million as you type/);
    await stillAnswers();
  });

  test('requests about documents it was never sent get empty results', async () => {
    const unknown = client.uri('postmortems/never-opened.md');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/diagnostic', { textDocument: { uri: unknown } }), { kind: 'full', resultId: '0:0', items: [] });
  });

  test('a request cancelled while it waits for settings is answered RequestCancelled', async () => {
    const other = client.uri('postmortems/cancelled.md');
    let release!: () => void;
    client.holdConfiguration = new Promise<void>((r) => (release = r));
    await client.open(other, seed);
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: other }, position: rangeOf(seed, '10:15 AM UTC').start }, source.token);
    await client.waitFor(() => client.configurationRequests.find((r) => r.items.some((i) => i.scopeUri === other)), 'the settings request for the new document');
    source.cancel();
    client.holdConfiguration = undefined;
    release();
    await assert.rejects(client.withTimeout(hover, 'the cancelled hover'), (error: ResponseError<unknown>) => error.code === -32800);
    const answered = await client.request<Hover>('textDocument/hover', { textDocument: { uri: other }, position: rangeOf(seed, '10:15 AM UTC').start });
    assert.match((answered.contents as { value: string }).value, /10:15 UTC/);
  });

  test('shutdown and exit end the process cleanly', async () => {
    const own = await TestClient.start();
    const exited = new Promise<number | null>((r) => own.child.once('exit', (code) => r(code)));
    await own.request('shutdown', null);
    await own.connection.sendNotification('exit');
    assert.equal(await own.withTimeout(exited, 'exit'), 0);
    await own.stop();
  });
});
