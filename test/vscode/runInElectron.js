#!/usr/bin/env node
'use strict';
// Runs the same mocha suite (suite/index.js, tests in out/test/vscode/suite) in desktop VS Code
// downloaded by @vscode/test-electron, for machines that can reach Microsoft's update server.
// Offline machines use runInCodeServer.js instead (see README.md).
//
// Usage: node test/vscode/runInElectron.js [--version 1.100.3|stable|insiders] [--vscode PATH_TO_EXECUTABLE]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const repoRoot = path.resolve(__dirname, '../..');

function parseArgs(argv) {
  // The oldest VS Code that package.json's engines allow: what the suite promises to support.
  const opts = { version: process.env.POSTMORTEM_VSCODE_VERSION || '1.100.3', vscode: process.env.POSTMORTEM_VSCODE_PATH || null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--version' && argv[i + 1]) opts.version = argv[++i];
    else if (argv[i] === '--vscode' && argv[i + 1]) opts.vscode = path.resolve(argv[++i]);
    else throw new Error(`unknown or incomplete argument: ${argv[i]}`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // A scratch workspace: the suite copies examples/postmortems into it and writes files there.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-electron-'));
  const workspace = path.join(scratch, 'workspace');
  const userData = path.join(scratch, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(workspace);
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'files.hotExit': 'off',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
  }));
  try {
    await runTests({
      version: opts.vscode ? undefined : opts.version,
      vscodeExecutablePath: opts.vscode || undefined,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'suite/index.js'),
      // Without POSTMORTEM_TEST_RESULT, suite/index.js rejects on failure, which fails runTests.
      extensionTestsEnv: { POSTMORTEM_TESTS_DIR: path.join(repoRoot, 'out/test/vscode/suite') },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData, '--skip-welcome', '--skip-release-notes'],
    });
    fs.rmSync(scratch, { recursive: true, force: true });
    return 0;
  } catch (err) {
    const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(String(err && err.message));
    console.error(`error: ${err && err.message}`);
    if (offline) {
      console.error('VS Code cannot be downloaded from here: use `node test/vscode/runInCodeServer.js`.');
      fs.rmSync(scratch, { recursive: true, force: true });
    } else {
      console.error(`(scratch folder kept: ${scratch})`);
    }
    return 1;
  }
}

main().then((code) => process.exit(code), (err) => { console.error(`error: ${err.message}`); process.exit(2); });
