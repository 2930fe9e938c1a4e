import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { collectFiles } from '../../server/src/node/collectFiles';
import { createFile } from '../../server/src/node/createFile';
import { readDocument } from '../../server/src/node/readDocument';
import { writeAtomically } from '../../server/src/node/writeAtomically';
import { temporaryFolders } from './temporaryFolders';

/** The Node-side helpers the CLI (and the language server) use to find, read and write files. */
const workspace = temporaryFolders('postmortem-files-');

test('collectFiles takes a named file whatever its extension', async () => {
  const root = workspace({ 'notes.txt': 'x' });
  assert.deepEqual(await collectFiles(['notes.txt'], root), { files: [join(root, 'notes.txt')], named: new Set([join(root, 'notes.txt')]), problems: [] });
});

test('collectFiles lists a file reached through a symbolic link once, by its own path', async () => {
  const root = workspace({ 'docs/a.md': 'x' });
  symlinkSync(join(root, 'docs'), join(root, 'docs', 'loop'));
  symlinkSync(join(root, 'docs', 'a.md'), join(root, 'link.md'));
  assert.deepEqual(await collectFiles(['.'], root), { files: [join(root, 'docs/a.md')], named: new Set(), problems: [] });
});

test('collectFiles reports every argument that names nothing', async () => {
  const root = workspace({ 'empty/readme.txt': 'x' });
  assert.deepEqual(await collectFiles(['missing.md', 'empty', '*.markdown'], root), {
    files: [],
    named: new Set(),
    problems: ['no such file or directory: missing.md', 'no Markdown files (*.md) in empty', 'no files match *.markdown'],
  });
});

test('collectFiles drops what a negated glob matches, written !glob or #glob as markdownlint-cli2 takes them', async () => {
  const root = workspace({ 'pm/a.md': 'x', 'pm/drafts/b.md': 'x', 'pm/old/c.md': 'x' });
  const { files } = await collectFiles(['pm', '!pm/drafts/**', '#**/old/**'], root);
  assert.deepEqual(files, [join(root, 'pm/a.md')]);
});

test('readDocument reads UTF-8 text and sets a byte-order mark aside', async () => {
  const root = workspace({ 'plain.md': '# Café\n', 'bom.md': '\uFEFF# Title\r\n' });
  assert.deepEqual(await readDocument(join(root, 'plain.md')), { ok: true, text: '# Café\n', bom: false });
  assert.deepEqual(await readDocument(join(root, 'bom.md')), { ok: true, text: '# Title\r\n', bom: true });
});

test('readDocument refuses binary, UTF-16, invalid UTF-8 and oversized files with a reason', async () => {
  const root = workspace({
    'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    'utf16.md': Buffer.from('\uFEFF# Title', 'utf16le'),
    'latin1.md': Buffer.from('# Caf\xe9\n', 'latin1'),
    'big.md': 'x'.repeat(2048),
  });
  assert.deepEqual(await readDocument(join(root, 'image.md')), { ok: false, problem: 'is a binary file (it has NUL bytes), not Markdown; skipped' });
  assert.deepEqual(await readDocument(join(root, 'utf16.md')), { ok: false, problem: 'is UTF-16 text; save it as UTF-8 to lint it' });
  assert.deepEqual(await readDocument(join(root, 'latin1.md')), { ok: false, problem: 'is not valid UTF-8 text; skipped' });
  assert.deepEqual(await readDocument(join(root, 'big.md'), 1024), { ok: false, problem: 'is too large to lint (2 KB; the limit is 1 KB)' });
  assert.deepEqual(await readDocument(join(root, 'missing.md')), { ok: false, problem: 'no such file or directory' });
  assert.deepEqual(await readDocument(root), { ok: false, problem: 'is a directory' });
});

test('writeAtomically replaces the text, keeps the permissions, and leaves no temporary file', async () => {
  const root = workspace({ 'doc.md': 'old' });
  chmodSync(join(root, 'doc.md'), 0o640);
  await writeAtomically(join(root, 'doc.md'), 'new');
  assert.equal(readFileSync(join(root, 'doc.md'), 'utf8'), 'new');
  assert.equal(statSync(join(root, 'doc.md')).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(root), ['doc.md']);
});

test('writeAtomically writes through a symbolic link and keeps the link', async () => {
  const root = workspace({ 'real/doc.md': 'old' });
  symlinkSync(join(root, 'real/doc.md'), join(root, 'link.md'));
  await writeAtomically(join(root, 'link.md'), 'new');
  assert.ok(lstatSync(join(root, 'link.md')).isSymbolicLink());
  assert.equal(readlinkSync(join(root, 'link.md')), join(root, 'real/doc.md'));
  assert.equal(readFileSync(join(root, 'real/doc.md'), 'utf8'), 'new');
});

test('writeAtomically fails without touching the target when the rename cannot happen', async () => {
  // A non-empty directory cannot be replaced by a file: the rename fails after the temporary file is written.
  const root = workspace({ 'target/inside.md': 'kept' });
  await assert.rejects(writeAtomically(join(root, 'target'), 'new'));
  assert.equal(readFileSync(join(root, 'target/inside.md'), 'utf8'), 'kept');
  assert.deepEqual(readdirSync(root), ['target'], 'the temporary file is removed');
});

test('createFile never replaces an existing file', async () => {
  const root = workspace({ 'taken.md': 'mine' });
  await assert.rejects(createFile(join(root, 'taken.md'), 'theirs'), { code: 'EEXIST' });
  assert.equal(readFileSync(join(root, 'taken.md'), 'utf8'), 'mine');
  await createFile(join(root, 'new/dir/doc.md'), 'text');
  assert.equal(readFileSync(join(root, 'new/dir/doc.md'), 'utf8'), 'text');
});
