#!/usr/bin/env node
'use strict';
// Runs the web suite (test/web/suite, bundled by scripts/build.mjs to dist/web-tests.js) in VS Code
// for the browser with @vscode/test-web, on the workspace test/web/workspace.js writes, which it
// serves as a virtual file system (vscode-test-web://mount). @vscode/test-web downloads VS Code
// from Microsoft's update server and its browser from Playwright's CDN, which these machines
// cannot reach, so this is not part of `npm test` (test/e2e/browserHost.js covers the web worker
// host there, in code-server); the bundle is built by every `npm run build`, so it cannot rot.
//
// Usage: npm run test:web [-- --quality insiders] [-- any other vscode-test-web option]
// @vscode/test-web is run through npx at a pinned version, not installed as a devDependency: its
// install script downloads a browser, which would make `npm ci` fail offline.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { writeWebWorkspace } = require('./workspace');

const TEST_WEB = '@vscode/test-web@0.0.80';
const repoRoot = path.resolve(__dirname, '../..');
const suite = path.join(repoRoot, 'dist/web-tests.js');

function main() {
  if (!fs.existsSync(suite)) {
    console.error(`error: ${path.relative(process.cwd(), suite)} is missing; run node scripts/build.mjs`);
    return 2;
  }
  const cache = path.join(process.env.POSTMORTEM_CACHE || path.join(os.homedir(), '.cache/postmortem-vscode'), 'test-web');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-test-web-'));
  writeWebWorkspace(workspace);
  const args = [
    '--yes', '--package', TEST_WEB, 'vscode-test-web',
    '--browser=chromium', '--quality=stable', '--headless',
    `--extensionDevelopmentPath=${repoRoot}`, `--extensionTestsPath=${suite}`, `--testRunnerDataDir=${cache}`,
    ...process.argv.slice(2), workspace,
  ];
  const result = spawnSync('npx', args, { stdio: ['inherit', 'pipe', 'pipe'], cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(workspace, { recursive: true, force: true });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.error) console.error(`error: npx: ${result.error.message}`);
  return verdict(result.status, `${result.stdout}\n${result.stderr}`);
}

/**
 * vscode-test-web exits 0 when it could not download VS Code (it only logs the exception), so the
 * run passes only when mocha's spec reporter, forwarded from the web worker, says tests passed
 * and none failed.
 */
function verdict(status, output) {
  const count = (word) => Number(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(output)?.[1] ?? 0);
  const passed = count('passing');
  const failed = count('failing');
  console.log(`${passed} passed, ${failed} failed`);
  if (status === 0 && passed > 0 && failed === 0) return 0;
  return failed ? 1 : 2;
}

process.exit(main());
