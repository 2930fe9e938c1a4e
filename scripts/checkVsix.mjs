#!/usr/bin/env node
// Proves what the .vsix holds: the bundles, the contributions and the docs, and no sources, source
// maps, tests or node_modules; and that it stays under 1 MB. Lists the zip's entries itself (the
// central directory), so it needs no unzip tool. Usage: node scripts/checkVsix.mjs [file.vsix]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const file = process.argv[2] ?? join(root, `${pkg.name}-${pkg.version}.vsix`);
const MAX_BYTES = 1024 * 1024;

/** Entry names and sizes from a zip's central directory. */
function zipEntries(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt central directory');
    const compressed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    entries.push({ name: buffer.toString('utf8', at + 46, at + 46 + nameLength), size, compressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const problems = [];
if (!existsSync(file)) {
  console.error(`error: ${file} does not exist; run npm run package`);
  process.exit(1);
}
const entries = zipEntries(readFileSync(file));
// vsce stores README.md as readme.md and LICENSE as LICENSE.txt: compare names case-insensitively.
const names = new Set(entries.map((e) => e.name.toLowerCase()));
const bytes = statSync(file).size;

const required = [
  'extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json', 'extension/README.md',
  'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/server-bundle.js',
  'extension/dist/web-client.js', 'extension/dist/web-server.js',
  'extension/dist/webview-timeline.js', 'extension/dist/webview-report.js',
  'extension/media/webview/base.css', 'extension/media/webview/timeline.css', 'extension/media/webview/report.css',
  'extension/schemas/postmortemrc.schema.json', `extension/${pkg.icon}`,
  ...pkg.contributes.snippets.map((s) => `extension/${s.path.replace(/^\.\//, '')}`),
  ...pkg.contributes.grammars.map((g) => `extension/${g.path.replace(/^\.\//, '')}`),
  ...pkg.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => `extension/${s.media.markdown}`)),
];
if (existsSync(join(root, 'LICENSE'))) required.push('extension/LICENSE.txt');
for (const name of required) if (!names.has(name.toLowerCase())) problems.push(`missing ${name}`);

const forbidden = [
  [/(^|\/)node_modules\//, 'node_modules'],
  [/\.ts$/, 'TypeScript source'],
  [/\.map$/, 'source map'],
  [/^extension\/(client|server|test|scripts|out|bench|examples|docs|\.ci)\//, 'sources, tests or build output'],
  [/\.vsix$/, 'a packaged extension'],
  [/(^|\/)\.(env|git|npmrc)/, 'a dot file'],
];
for (const { name } of entries) {
  for (const [pattern, what] of forbidden) if (pattern.test(name)) problems.push(`${name}: ${what} does not belong in the package`);
}
if (bytes > MAX_BYTES) problems.push(`${(bytes / 1024).toFixed(0)} KB is over the 1 MB budget`);

for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
  console.log(`${String(e.size).padStart(9)}  ${e.name}`);
}
console.log(`${entries.length} entries, ${(bytes / 1024).toFixed(0)} KB: ${file}`);
if (!existsSync(join(root, 'LICENSE'))) console.log('note: the repository has no LICENSE file, so the package has none');
for (const p of problems) console.error(`problem: ${p}`);
console.log(problems.length ? `vsix check failed: ${problems.length} problem(s)` : 'vsix check passed');
process.exit(problems.length ? 1 : 0);
