import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { nodeServerHost } from '../node/serverHost';
import { startServer } from './server';

/**
 * The language server's entry point (bundled to dist/server.js). `createConnection` reads the
 * transport from argv: `--stdio`, `--node-ipc`, `--socket=<port>` or `--pipe=<name>`. Started
 * with none (as a bare `postmortem-language-server`), it speaks over stdio, which is what most
 * editors expect.
 */
const TRANSPORTS = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/;
if (!process.argv.slice(2).some((arg) => TRANSPORTS.test(arg))) process.argv.push('--stdio');

const log = startServer(createConnection(ProposedFeatures.all), nodeServerHost);
// A promise nobody awaited must not end the process: log it, with where it came from.
process.on('unhandledRejection', (reason) => log.error('unhandledRejection', reason));
