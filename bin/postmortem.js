#!/usr/bin/env node
// The `postmortem` command: the bundled CLI, built by `npm run build` into dist/cli.js.
'use strict';
let cli;
try {
  cli = require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('postmortem: dist/cli.js is missing; run "npm run build" first\n');
    process.exit(2);
  }
  throw error;
}
cli.main();
