/**
 * Writes package.json's `contributes.configuration` from server/src/settings/definitions.ts, the
 * one source of the `postmortem.*` settings. test/unit/settingsDrift.test.ts fails when the two
 * differ. Run: npm run generate:settings
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SETTINGS } from '../server/src/settings/definitions';

/** The repository root, found from here whether this runs from scripts/ or from out/scripts/. */
export function repoRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

/** The `contributes.configuration` block, as VS Code reads it. */
export function configurationContribution(): { title: string; properties: Record<string, unknown> } {
  // A JSON round trip drops absent optional fields, exactly as they would look in package.json.
  return { title: 'Postmortem', properties: JSON.parse(JSON.stringify(SETTINGS)) };
}

function main(): void {
  const file = join(repoRoot(), 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  pkg.contributes = { ...pkg.contributes, configuration: configurationContribution() };
  writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  console.log(`wrote contributes.configuration (${Object.keys(SETTINGS).length} settings) to ${file}`);
}

if (require.main === module) main();
