import { mkdir, open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a new file and never replaces an existing one: the file is opened with `wx`, so when
 * the name is taken this throws an error with code `EEXIST` and changes nothing. Missing parent
 * directories are created. A write that fails part-way removes the file it created.
 */
export async function createFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'wx');
  try {
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}
