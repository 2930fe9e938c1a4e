/**
 * The web suite's entry (`extensionTestsPath`) for VS Code in the browser: bundled by
 * scripts/build.mjs to dist/web-tests.js, a CommonJS module the web worker extension host loads,
 * with mocha's browser build (a web worker has no file system to find test files in).
 */
import 'mocha/mocha.js';

export function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000 });
  // Required after setup: the test module calls mocha's `suite` and `test` as it loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}
