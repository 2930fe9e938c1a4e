import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'vscode-postmortem';

/**
 * The package's version, read from its package.json: found by walking up from this file, which
 * is `dist/cli.js` when bundled and `out/server/src/cli/version.js` when compiled.
 */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version;
    } catch {
      // No package.json here; keep walking.
    }
    if (dirname(dir) === dir) return '0.0.0-unknown';
  }
}
