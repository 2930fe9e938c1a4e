// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild: for Node,
// and for the browser (VS Code's web extension host: vscode.dev, github.dev, code-server).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const nodeEntries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/lsp/main.ts', out: 'server-bundle' },
  // A small launcher that compiles the server bundle from V8's code cache (see launch.ts).
  { in: 'server/src/lsp/launch.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
];

const browserEntries = [
  // CommonJS: the web extension host loads `browser` as a CommonJS module and gives it `vscode`.
  { in: 'client/src/browserExtension.ts', out: 'web-client', external: ['vscode'], format: 'cjs' },
  // A classic web worker script: the client starts it with `new Worker(url)`.
  { in: 'server/src/lsp/browserMain.ts', out: 'web-server', format: 'iife' },
  // The web suite (test/web), for @vscode/test-web: built with the rest so it cannot rot; not in the .vsix.
  { in: 'test/web/suite/index.ts', out: 'web-tests', external: ['vscode'], format: 'cjs', test: true },
  // The webviews' scripts, loaded by their pages (client/src/webviews) under a nonce.
  { in: 'client/webview/timeline.ts', out: 'webview-timeline', format: 'iife' },
  { in: 'client/webview/report.ts', out: 'webview-report', format: 'iife' },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * Fails a browser build that imports a Node built-in (fs, path, child_process, os...), naming the
 * module that did: in a web worker it would be missing at run time, and polyfills or empty
 * stubs would hide that until a user met it.
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path)) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}: the browser bundles run in a web worker, where it does not exist` }] };
    });
  },
};

function nodeOptions(entry) {
  return { platform: 'node', target: 'node20', format: 'cjs', plugins: [], ...common(entry) };
}

function browserOptions(entry) {
  return { platform: 'browser', target: 'es2022', format: entry.format, plugins: [noNodeBuiltins], ...common(entry) };
}

function common(entry) {
  return {
    entryPoints: { [entry.out]: entry.in },
    bundle: true,
    outdir: 'dist',
    external: entry.external ?? [],
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
  };
}

const options = [
  ...nodeEntries.filter((e) => existsSync(e.in)).map(nodeOptions),
  ...browserEntries.filter((e) => existsSync(e.in) && !(production && e.test)).map(browserOptions),
];
const contexts = await Promise.all(options.map((o) => esbuild.context(o)));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`watching ${options.map((o) => Object.values(o.entryPoints)[0]).join(', ')}`);
} else {
  try {
    await Promise.all(contexts.map((c) => c.rebuild()));
  } catch {
    // esbuild has printed the errors (logLevel); a failed build must fail the command.
    process.exitCode = 1;
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}
