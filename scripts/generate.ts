/** Writes the generated files: `npm run generate`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, generatedFiles } from './generatedFiles';

for (const [path, content] of generatedFiles()) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), content);
}
console.log('generated: rule pages, rule tables, config schema');
