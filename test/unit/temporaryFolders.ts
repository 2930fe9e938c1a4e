import { after } from 'node:test';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A maker of temporary folders holding given files (path -> text; folders are created as
 * needed), all removed when the test file ends, even those a test made read-only.
 */
export function temporaryFolders(prefix: string): (files?: Record<string, string | Buffer>) => string {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) {
      chmodSync(root, 0o755);
      rmSync(root, { recursive: true, force: true });
    }
  });
  return (files = {}) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    roots.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };
}
