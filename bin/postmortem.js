#!/usr/bin/env node
// The `postmortem` command: the bundled CLI (built by `npm run build` into dist/cli.js).
'use strict';
require('../dist/cli.js').main();
