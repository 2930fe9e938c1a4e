import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, DocumentSymbol, Hover, InlayHint, SemanticTokens } from 'vscode-languageserver-protocol';
import { TestClient, rangeOf } from './lspClient';

/**
 * LSP columns count UTF-16 code units: an emoji is two, a CJK character one. Every range the
 * server sends must land on the same characters an editor highlights, and CRLF must not shift them.
 */
const LINES = [
  '# 🚨 Postmortem: 決済 API 障害 🔥',
  '',
  '(all times UTC)',
  '',
  '## Issue Summary 📝',
  '',
  '**Start Time:** 2024-03-11 10:00 UTC  ',
  '**End Time:** 2024-03-11 11:00 UTC',
  '',
  '## Timeline 🕐',
  '',
  '- 👀👀 2024-03-11 10:15 UTC - 検知: Detected by monitoring 🚨',
  '- 🔥 2024-03-11 10:45 - Resolved by rolling back 決済',
  '',
];

for (const eol of ['\n', '\r\n']) {
  describe(`UTF-16 ranges with emoji and CJK text, ${eol === '\n' ? 'LF' : 'CRLF'} line endings`, () => {
    let client: TestClient;
    let uri: string;
    const text = LINES.join(eol);

    before(async () => {
      client = await TestClient.start();
      uri = client.uri('incidents/unicode.md');
      await client.open(uri, text);
    });

    after(() => client.stop());

    test('a finding on the title covers the title exactly', async () => {
      const missing = (await client.pull(uri)).find((d) => d.code === 'PM001');
      assert.ok(missing);
      assert.deepEqual(missing.range, rangeOf(text, '🚨 Postmortem: 決済 API 障害 🔥'));
      assert.equal(missing.range.end.character, LINES[0].length);
    });

    test('outline ranges fall on the heading and on the time after the emoji', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
      const timeline = flat(symbols).find((s) => s.name === 'Timeline 🕐');
      assert.ok(timeline, JSON.stringify(flat(symbols).map((s) => s.name)));
      assert.deepEqual(timeline.selectionRange, rangeOf(text, 'Timeline 🕐'));
      const events = flat(symbols).filter((s) => s.kind === 24);
      assert.deepEqual(events.map((e) => e.selectionRange), [rangeOf(text, '2024-03-11 10:15 UTC'), rangeOf(text, '2024-03-11 10:45')]);
      assert.equal(events[0].selectionRange.start.character, 7, 'two emoji are four UTF-16 code units');
    });

    test('hover answers on the time after the emoji, and not on the emoji', async () => {
      const time = rangeOf(text, '2024-03-11 10:45');
      const onTime = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: time.start.line, character: time.start.character + 12 } });
      assert.match((onTime.contents as { value: string }).value, /T\+45m from the start/);
      const onEmoji = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: time.start.line, character: 3 } });
      assert.equal(onEmoji, null);
    });

    test('semantic tokens and inlay hints sit on the exact UTF-16 columns', async () => {
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
      assert.deepEqual(hints.map((h) => [h.position, h.label]), [
        [rangeOf(text, '2024-03-11 10:15 UTC').end, 'T+15m'],
        [rangeOf(text, '2024-03-11 10:45').end, 'T+45m'],
      ]);
      const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const found: string[] = [];
      let line = 0;
      let character = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line += tokens.data[i];
        character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
        found.push(LINES[line].slice(character, character + tokens.data[i + 2]));
      }
      assert.ok(found.includes('2024-03-11 10:15 UTC'), found.join(' | '));
      assert.ok(found.includes('Detected'), found.join(' | '));
      assert.ok(found.includes('Resolved'), found.join(' | '));
    });

    test('a fix inserts text with the document line ending and removes its finding', async () => {
      const before = (await client.pull(uri)).filter((d) => d.code === 'PM001');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: before[0].range, context: { diagnostics: [before[0]] } });
      const fix = actions.find((a) => a.isPreferred)!;
      assert.ok(await client.applyWorkspaceEdit(fix.edit!));
      const fixed = client.text(uri);
      if (eol === '\r\n') assert.doesNotMatch(fixed, /[^\r]\n/, 'no bare LF in a CRLF document');
      else assert.doesNotMatch(fixed, /\r/);
      const after = (await client.pull(uri)).filter((d) => d.code === 'PM001');
      assert.equal(after.length, before.length - 1, after.map((d) => d.message).join('\n'));
      await client.replace(uri, text);
    });

    test('adding a time zone writes it right after the clock', async () => {
      const time = rangeOf(text, '2024-03-11 10:45');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: time, context: { diagnostics: [] } });
      const zone = actions.find((a) => a.title.startsWith('Write the time zone'));
      assert.ok(zone, JSON.stringify(actions.map((a) => a.title)));
      assert.ok(await client.applyWorkspaceEdit(zone.edit!));
      assert.ok(client.text(uri).split(eol)[12].startsWith('- 🔥 2024-03-11 10:45 UTC - Resolved'));
      await client.replace(uri, text);
    });
  });
}
