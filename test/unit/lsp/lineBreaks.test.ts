import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, seedText } from './lspClient';

/** Where `offset` is, counted on a document read afresh (whose line table is right). */
function positionAt(text: string, offset: number) {
  return TextDocument.create('untitled:x', 'markdown', 1, text).positionAt(offset);
}

interface Change {
  change: TextDocumentContentChangeEvent;
  text: string;
}

/** An incremental change replacing [start, end) with `insert`, and the text after it. */
function replaceAt(text: string, start: number, end: number, insert: string): Change {
  return { change: { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }, text: text.slice(0, start) + insert + text.slice(end) };
}

/** The end of the `n`th line (its line break's offset), in an LF text. */
function endOfLine(text: string, n: number): number {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = text.indexOf('\n', offset + 1);
  return offset;
}

describe('the server keeps the client\'s text when edits join CR and LF into one line break', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(() => client.stop());

  test('after a CR inserted before an LF, an LF inserted after a lone CR, and the text between a CR and an LF deleted, diagnostics and metrics are those of the same text opened afresh', async () => {
    const uri = client.uri('postmortems/joined.md');
    let text = seedText();
    assert.ok(!text.includes('\r'));
    await client.open(uri, text);
    const steps: Array<(t: string) => Change> = [
      (t) => replaceAt(t, endOfLine(t, 1), endOfLine(t, 1), '\r'),
      (t) => replaceAt(t, endOfLine(t, 4), endOfLine(t, 4), '\rZ'),
      (t) => replaceAt(t, t.indexOf('\rZ') + 1, t.indexOf('\rZ') + 1, '\n'),
      (t) => replaceAt(t, endOfLine(t, 8), endOfLine(t, 8), '\rQ'),
      (t) => replaceAt(t, t.indexOf('\rQ') + 1, t.indexOf('\rQ') + 2, ''),
      // An edit after the joins lands where the client means only if the server counts lines as it does.
      (t) => replaceAt(t, t.lastIndexOf('## '), t.lastIndexOf('## '), '## Notes\n\nWritten after the joins.\n\n'),
    ];
    let version = 1;
    for (const step of steps) {
      const { change, text: next } = step(text);
      text = next;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    }
    const fresh = client.uri('postmortems/fresh.md');
    await client.open(fresh, text);
    // Everything but the version each was computed for.
    const findings = async (u: string) => (await client.pull(u)).map(({ range, code, message, severity }) => ({ range, code, message, severity }));
    assert.deepEqual(await findings(uri), await findings(fresh));
    const info = (u: string) => client.request<{ metrics: unknown }>('workspace/executeCommand', { command: 'postmortem.documentInfo', arguments: [{ uri: u }] });
    assert.deepEqual((await info(uri)).metrics, (await info(fresh)).metrics);
  });
});
