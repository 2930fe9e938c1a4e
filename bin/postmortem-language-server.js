#!/usr/bin/env node
// The `postmortem-language-server` command: the bundled language server (built by `npm run build`
// into dist/server.js). Editors start it with --stdio (the default) or --node-ipc.
'use strict';
require('../dist/server.js');
