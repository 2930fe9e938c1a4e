import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

/**
 * The language server's entry point (bundled to dist/server.js). `createConnection` reads the
 * transport from argv: `--stdio`, `--node-ipc`, `--socket=<port>` or `--pipe=<name>`. Started
 * with none (as a bare `postmortem-language-server`), it speaks over stdio, which is what most
 * editors expect.
 */
const TRANSPORTS = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/;
if (!process.argv.slice(2).some((arg) => TRANSPORTS.test(arg))) process.argv.push('--stdio');

startServer(createConnection(ProposedFeatures.all));
