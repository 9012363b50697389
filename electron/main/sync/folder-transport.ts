import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { AppError, BugError } from '#shared/errors/app-error';
import { isStrictPrefix } from '#shared/outbox/content-hash';
import type { Failure } from '#shared/outbox/webdav-http';
import type { OutboxTransport, ProbeResult, PutOutcome } from '#shared/outbox/webdav-transport';
import { errnoOf, failureForFsError } from './fs-failure';
import { localPathUnder } from './local-path';

/**
 * Delivers files into a local folder (often one OneDrive or Dropbox syncs) with the promises of
 * the WebDAV transport: an existing file is never overwritten and nothing is deleted but our own
 * temporary files.
 *
 * The bytes go to a temporary file in the target's folder first, then get their name with
 * link(), which fails when the name is taken: the check and the write are one step, so a file
 * that appears meanwhile is never replaced, and the name never shows a half-written file. Where
 * the volume has no hard links (FAT, exFAT, some network shares), the file is created with
 * O_EXCL instead. The folder the user picked is never created: a missing one means an unplugged
 * drive or a moved folder, which the user should hear about rather than get an empty new folder.
 */

export type FolderFs = Pick<typeof nodeFs, 'stat' | 'access' | 'mkdir' | 'open' | 'readFile' | 'link' | 'rename' | 'unlink'>;

export interface FolderTransport extends OutboxTransport {
  /** Whether the folder ('' = the target's root) exists and may be written. */
  probe(folder?: string): Promise<ProbeResult>;
}

type Found = 'absent' | 'same' | 'different' | 'partial';

/** Looks at the path again at most this often per put (another program writing there meanwhile). */
const MAX_ROUNDS = 3;

/** What link() answers on volumes that cannot make hard links, or will not here. */
const NO_HARD_LINKS = new Set(['EPERM', 'EACCES', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL', 'EISDIR']);

const TEMP_PREFIX = '.delegation-desk-';

const missingFolder: Failure = { kind: 'failed', code: 'syncMissingFolder' };

export function createFolderTransport(root: string, fs: FolderFs = nodeFs): FolderTransport {
  // The registry keeps only folders the OS dialog returned, which are absolute.
  if (!path.isAbsolute(root)) throw new BugError('a sync folder must be an absolute path');

  /** The root must be there and be a folder; it is the user's, and never created here. */
  const rootMissing = async (): Promise<Failure | null> => ((await fs.stat(root)).isDirectory() ? null : missingFolder);

  return {
    async probe(folder = '') {
      const { full } = localPathUnder(root, folder);
      try {
        const failure = await rootMissing();
        if (failure) return failure;
        if (!(await fs.stat(full)).isDirectory()) return missingFolder;
        await fs.access(full, nodeFs.constants.W_OK);
        return { ok: true };
      } catch (error) {
        return failureForFsError(error);
      }
    },

    async put(remotePath, bytes, _contentHash, options = {}) {
      const target = localPathUnder(root, remotePath);
      if (target.full === path.resolve(root)) throw new AppError('validation', { field: 'remotePath' });
      try {
        const failure = await rootMissing();
        if (failure) return failure;
        for (const folder of target.folders) await makeFolder(fs, folder);
        return await place(fs, target.full, bytes, options.replacePartial === true);
      } catch (error) {
        return failureForFsError(error);
      }
    },
  };
}

async function makeFolder(fs: FolderFs, folder: string): Promise<void> {
  try {
    await fs.mkdir(folder);
  } catch (error) {
    // A file standing there surfaces as ENOTDIR when the temporary file is written into it.
    if (errnoOf(error) !== 'EEXIST') throw error;
  }
}

async function place(fs: FolderFs, file: string, bytes: Uint8Array, replacePartial: boolean): Promise<PutOutcome> {
  let temp: string | null = null;
  try {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const found = await inspect(fs, file, bytes);
      if (found === 'same') return { kind: 'alreadyThere' };
      if (found === 'different' || (found === 'partial' && !replacePartial)) return { kind: 'conflict' };
      temp ??= await writeTemp(fs, path.dirname(file), bytes);
      if (found === 'absent') {
        if (await claimName(fs, temp, file, bytes)) return { kind: 'delivered' };
        continue;
      }
      // A shorter copy of these very bytes, left by a cut delivery: ours to replace. Look once
      // more right before, so a file put there meanwhile by someone else is not the one replaced.
      if ((await inspect(fs, file, bytes)) !== 'partial') continue;
      await fs.rename(temp, file);
      temp = null;
      return { kind: 'delivered' };
    }
    // The path kept changing under us: another program is busy there.
    return { kind: 'failed', code: 'syncLocked' };
  } finally {
    if (temp !== null) await fs.unlink(temp).catch(() => undefined);
  }
}

/** What is at the path now, compared with the bytes to deliver. */
async function inspect(fs: FolderFs, file: string, bytes: Uint8Array): Promise<Found> {
  try {
    const stats = await fs.stat(file);
    // A folder, or a file larger than ours: not ours, and no need to read it to know.
    if (!stats.isFile() || stats.size > bytes.length) return 'different';
    const existing = await fs.readFile(file);
    if (existing.length === bytes.length && existing.equals(bytes)) return 'same';
    return isStrictPrefix(existing, bytes) ? 'partial' : 'different';
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return 'absent';
    throw error;
  }
}

/** The bytes, flushed to disk, in a new hidden file of the folder; removed again if writing fails. */
async function writeTemp(fs: FolderFs, folder: string, bytes: Uint8Array): Promise<string> {
  const temp = path.join(folder, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}.part`);
  await writeNew(fs, temp, bytes);
  return temp;
}

/** Creates `file` (failing with EEXIST when it is there) and writes the bytes; a file left half-written by a failure is ours, so it goes. */
async function writeNew(fs: FolderFs, file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    // On disk before it gets its name, so a power cut never leaves a named file half-written.
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/** Gives the temporary file its name unless the name is taken (false). */
async function claimName(fs: FolderFs, temp: string, file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    await fs.link(temp, file);
    return true;
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'EEXIST') return false;
    if (code === null || !NO_HARD_LINKS.has(code)) throw error;
  }
  try {
    await writeNew(fs, file, bytes);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  }
}
