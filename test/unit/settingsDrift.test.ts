import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationContribution, repoRoot } from '../../scripts/generateSettings';

test('package.json contributes exactly the settings of server/src/settings/definitions.ts', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot(__dirname), 'package.json'), 'utf8'));
  assert.deepEqual(
    pkg.contributes?.configuration,
    configurationContribution(),
    'package.json is out of date: run `npm run generate:settings`',
  );
});

test('every restricted setting of an untrusted workspace is a real setting', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot(__dirname), 'package.json'), 'utf8'));
  const restricted: string[] = pkg.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [];
  const known = Object.keys(configurationContribution().properties);
  for (const name of restricted) assert.ok(known.includes(name), `${name} is restricted but not contributed`);
});
