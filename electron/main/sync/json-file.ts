import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from './fs-failure';

/**
 * A small JSON file of the shell's own (in userData), replaced atomically: the new content goes
 * to a temporary file beside it, flushed, then renamed over the old one, so a crash or a full
 * disk leaves either the old file or the new one, never half of one.
 */
export interface JsonFile {
  /** The parsed content; undefined when there is no file yet. Throws on a file that is not JSON. */
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
}

export type JsonFileFs = Pick<typeof nodeFs, 'readFile' | 'open' | 'rename' | 'unlink'>;

export function createJsonFile(filePath: string, fs: JsonFileFs = nodeFs): JsonFile {
  return {
    async read() {
      let text: string;
      try {
        text = await fs.readFile(filePath, 'utf8');
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return undefined;
        throw error;
      }
      return JSON.parse(text) as unknown;
    },

    async write(value) {
      const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        // Owner-only: it holds sealed passwords and the paths of the user's folders.
        const handle = await fs.open(temp, 'wx', 0o600);
        try {
          await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(temp, filePath);
      } catch (error) {
        await fs.unlink(temp).catch(() => undefined);
        throw error;
      }
    },
  };
}
