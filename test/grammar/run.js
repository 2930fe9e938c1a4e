#!/usr/bin/env node
'use strict';
// Runs the grammar tests (test/grammar/*.md) with vscode-tmgrammar-test against VS Code's
// Markdown grammar (a copy, markdown.tmLanguage.json) and our injection from package.json.
// It hides the tool's "grammar not found" warnings for the many languages Markdown embeds in
// fenced code, which are not under test, and ends with an `N passed, N failed` line.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '../..');
const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js', { paths: [root] });
const run = spawnSync(process.execPath, [cli, '--config', path.join(root, 'package.json'),
  '-g', path.join(__dirname, 'markdown.tmLanguage.json'), '-g', path.join(__dirname, 'yaml-stub.tmLanguage.json'),
  path.join(__dirname, '*.md').replace(/\\/g, '/')], { cwd: root, encoding: 'utf8' });
const keep = (text) => text.split('\n').filter((l) => !/^grammar not found for /.test(l)).join('\n');
process.stdout.write(keep(run.stdout || ''));
process.stderr.write(keep(run.stderr || ''));
const passed = (run.stdout.match(/^✓ /gm) || []).length;
const failed = (run.stdout.match(/^✖ /gm) || []).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
