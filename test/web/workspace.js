'use strict';
// The workspace the browser tests open (test/e2e/browserHost.js in code-server, test/web/runTestWeb.js
// under @vscode/test-web): the example postmortems, a postmortem never opened (for workspace
// symbols), one with a time missing its zone (PM013's quick fix), and the seed again under a
// .postmortemrc.json that makes its word count (PM025, info by default) an error.
const fs = require('fs');
const path = require('path');

const repoRoot = path.resolve(__dirname, '../..');
const SEED = 'postmortems/2024-03-11-auth-outage.md';
/** An action item of a postmortem that is never opened: only our server's workspace index names action items as symbols. */
const CLOSED_ACTION = 'Drain the stalled queue nightly with a watchdog.';
/** A copy of the seed that no test opens: only the server's reading of the workspace finds it. */
const QUEUE_STALL = 'postmortems/2024-04-02-queue-stall.md';
const STRICT = 'team/2024-05-06-strict-word-count.md';
const STRICT_CONFIG = { rules: { PM025: 'error' } };
const ZONELESS = 'postmortems/2024-04-09-zoneless.md';
const ZONELESS_LINE = 'Detected at 10:15 AM through automated monitoring alerts.';

/** Writes the workspace into `dir`; returns the 1-based line of ZONELESS_LINE. */
function writeWebWorkspace(dir) {
  fs.cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
  const seedText = fs.readFileSync(path.join(dir, SEED), 'utf8');
  const write = (relative, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), text);
  };
  write(QUEUE_STALL, seedText.replace(/^Enhance monitoring to trigger alerts.*$/m, CLOSED_ACTION));
  const zoneless = seedText.replace(/^Detected at 10:15 AM UTC through.*$/m, ZONELESS_LINE);
  write(ZONELESS, zoneless);
  write(STRICT, seedText);
  write(path.join(path.dirname(STRICT), '.postmortemrc.json'), JSON.stringify(STRICT_CONFIG));
  return zoneless.split('\n').indexOf(ZONELESS_LINE) + 1;
}

module.exports = { SEED, QUEUE_STALL, CLOSED_ACTION, STRICT, ZONELESS, ZONELESS_LINE, writeWebWorkspace };
