import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { browserServerHost } from './browserHost';
import { startServer } from './server';

/**
 * The language server in a browser (bundled to dist/web-server.js): VS Code's web extension host
 * starts it as a web worker and talks to it with postMessage.
 */

// The project compiles without the DOM library (the rest is Node code), so the worker's scope is declared as far as it is used here.
declare const self: { addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void };
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = self as unknown as WorkerScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const log = startServer(connection, browserServerHost(connection));
self.addEventListener('unhandledrejection', (event) => log.error('unhandledRejection', event.reason));
