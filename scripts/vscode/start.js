#!/usr/bin/env node
'use strict';
// `npm start`: builds the extension and opens it in a real VS Code on examples/ (a postmortems/
// folder with a copy of the seed). Desktop VS Code (`code` on the PATH) when installed; otherwise
// code-server on 127.0.0.1, installed on first use, with the URL printed for a browser.
//
// Usage: node scripts/vscode/start.js [--code-server] [--port N]
// Env: POSTMORTEM_PORT (default 8080, or a free port when taken), POSTMORTEM_CACHE.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, spawn } = require('child_process');
const { codeServerBin, createProfile, freePort, startCodeServer, workbenchUrl } = require('../../test/vscode/codeServer');

const repoRoot = path.resolve(__dirname, '../..');
const examples = path.join(repoRoot, 'examples');
const seed = path.join(examples, 'postmortems/2024-03-11-auth-outage.md');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** The desktop `code` CLI, if one is on the PATH (code-server's own CLI is not a desktop). */
function desktopCode() {
  const found = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
  if (!found) return null;
  const version = spawnSync(found, ['--version'], { encoding: 'utf8' });
  return version.status === 0 && !/code-server/i.test(version.stdout + fs.realpathSync(found)) ? found : null;
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = require('net').createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function openInCodeServer(wantedPort) {
  try {
    codeServerBin();
  } catch {
    console.log('code-server is not installed yet: installing it (about a minute, once)');
    run('bash', [path.join(__dirname, 'install-code-server.sh')]);
  }
  // A profile kept between runs, so settings and opened editors persist like a real install.
  const cache = process.env.POSTMORTEM_CACHE || path.join(os.homedir(), '.cache/postmortem-vscode');
  const { scratch, dirs } = createProfile(path.join(cache, 'start-profile'));
  const port = (await portFree(wantedPort)) ? wantedPort : await freePort();
  const server = await startCodeServer({ scratch, dirs, port });
  const url = workbenchUrl(server, { folder: examples, extensionDevelopmentPath: repoRoot });
  console.log(`\nPostmortem is running in code-server (VS Code in the browser). Open:\n\n  ${url}\n`);
  console.log(`Then open ${path.relative(examples, seed)} (Ctrl+P) or run "Postmortem: New Postmortem" (F1).`);
  console.log(`Logs: ${server.logFile}. Press Ctrl+C to stop.`);
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Stay up while code-server is: the URL is only good as long as it runs.
  const timer = setInterval(() => { if (server.exited()) { console.log(server.exited()); clearInterval(timer); process.exit(1); } }, 1000);
}

async function main() {
  const argv = process.argv.slice(2);
  const forceCodeServer = argv.includes('--code-server');
  const portArg = argv.indexOf('--port');
  const port = Number(portArg >= 0 ? argv[portArg + 1] : process.env.POSTMORTEM_PORT || 8080);

  run(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')]);
  const code = forceCodeServer ? null : desktopCode();
  if (code) {
    console.log(`opening ${examples} in ${code} with the extension from ${repoRoot}`);
    spawn(code, [`--extensionDevelopmentPath=${repoRoot}`, examples, seed], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  await openInCodeServer(port);
}

main().catch((err) => { console.error(`error: ${err.message}`); process.exit(1); });
