import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigFinder as PlacesConfigFinder, CONFIG_FILE_NAME, loadConfig, type ConfigLoad, type ConfigPlaces } from '../config/configFinder';
import { describeFsError } from './fsErrors';

export { CONFIG_FILE_NAME, type ConfigLoad, type LoadedConfig } from '../config/configFinder';

/** Config files on the disk, by absolute paths. */
const diskPlaces: ConfigPlaces = {
  inDirectory: (dir) => join(dir, CONFIG_FILE_NAME),
  parent: (dir) => (dirname(dir) === dir ? undefined : dirname(dir)),
  async isFile(path) {
    try {
      return (await stat(path)).isFile();
    } catch {
      return false;
    }
  },
  async read(path) {
    try {
      return { text: await readFile(path, 'utf8') };
    } catch (error) {
      return { problem: describeFsError(error) };
    }
  },
};

/** Reads a config file from the disk and checks it; a read error is one more kind of problem. */
export function loadConfigFile(path: string, source = path): Promise<ConfigLoad> {
  return loadConfig(diskPlaces, path, source);
}

/** The nearest `.postmortemrc.json` above a directory on the disk (relative directories are taken from the working directory). */
export class ConfigFinder extends PlacesConfigFinder {
  /** `source` turns a config file's absolute path into the name used in messages. */
  constructor(source?: (path: string) => string) {
    super(diskPlaces, source);
  }

  override locate(dir: string): Promise<string | undefined> {
    return super.locate(resolve(dir));
  }
}
