import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, BugError } from '#shared/errors/app-error';
import { sha256Hex } from '#shared/outbox/content-hash';
import { createFolderTransport, type FolderFs } from './folder-transport';

const encoder = new TextEncoder();
const REPORT = encoder.encode('Звіт про зустріч у Страсбурзі, 14 травня.\n'.repeat(20));
const OTHER = encoder.encode('Someone else’s file with the same name.\n');

// root ignores file permissions, so a read-only folder stays writable for it (as in CI containers).
const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let root: string;

beforeEach(async () => {
  root = await nodeFs.mkdtemp(path.join(tmpdir(), 'dd-folder-target-'));
});

afterEach(async () => {
  await nodeFs.chmod(root, 0o755).catch(() => undefined);
  await nodeFs.rm(root, { recursive: true, force: true });
});

const hashOf = sha256Hex;

/** Every file and folder under the root, '/'-separated, so stray temporary files show up. */
async function tree(): Promise<string[]> {
  const entries = await nodeFs.readdir(root, { recursive: true });
  return entries.map((entry) => entry.split(path.sep).join('/')).sort();
}

const read = (relative: string) => nodeFs.readFile(path.join(root, ...relative.split('/')));

/** The real fs, with some calls replaced. */
function fsWith(overrides: Partial<FolderFs>): FolderFs {
  return { ...nodeFs, ...overrides };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('folder transport: delivering', () => {
  it('writes the bytes into new sub-folders, byte for byte, and leaves no temporary file', async () => {
    const transport = createFolderTransport(root);
    const outcome = await transport.put('Delegation Desk/Страсбург 2025/Звіт.md', REPORT, await hashOf(REPORT));
    expect(outcome).toEqual({ kind: 'delivered' });
    expect(new Uint8Array(await read('Delegation Desk/Страсбург 2025/Звіт.md'))).toEqual(REPORT);
    expect(await tree()).toEqual(['Delegation Desk', 'Delegation Desk/Страсбург 2025', 'Delegation Desk/Страсбург 2025/Звіт.md']);
  });

  it('answers alreadyThere for the same bytes, sent again after a lost answer or a restart', async () => {
    const transport = createFolderTransport(root);
    await transport.put('Звіт.md', REPORT, await hashOf(REPORT));
    await expect(transport.put('Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'alreadyThere' });
    expect(await tree()).toEqual(['Звіт.md']);
  });

  it.each([
    ['other bytes of another length', OTHER],
    ['longer bytes that start with ours', new Uint8Array([...REPORT, 0x0a])],
    ['bytes of the same length', new Uint8Array(REPORT.length).fill(0x41)],
  ])('never overwrites a file with %s: conflict', async (_, existing) => {
    await nodeFs.writeFile(path.join(root, 'Звіт.md'), existing);
    const transport = createFolderTransport(root);
    await expect(transport.put('Звіт.md', REPORT, await hashOf(REPORT), { replacePartial: true })).resolves.toEqual({ kind: 'conflict' });
    expect(new Uint8Array(await read('Звіт.md'))).toEqual(existing);
    expect(await tree()).toEqual(['Звіт.md']);
  });

  it('replaces a shorter copy of its own bytes only when told an earlier delivery was cut', async () => {
    const partial = REPORT.slice(0, 100);
    await nodeFs.writeFile(path.join(root, 'Звіт.md'), partial);
    const transport = createFolderTransport(root);

    await expect(transport.put('Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'conflict' });
    expect(new Uint8Array(await read('Звіт.md'))).toEqual(partial);

    await expect(transport.put('Звіт.md', REPORT, await hashOf(REPORT), { replacePartial: true })).resolves.toEqual({ kind: 'delivered' });
    expect(new Uint8Array(await read('Звіт.md'))).toEqual(REPORT);
    expect(await tree()).toEqual(['Звіт.md']);
  });

  it('treats a folder standing at the file’s name as a conflict', async () => {
    await nodeFs.mkdir(path.join(root, 'Звіт.md'));
    await expect(createFolderTransport(root).put('Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'conflict' });
  });

  it('delivers one copy when the same file is sent twice at once', async () => {
    const transport = createFolderTransport(root);
    const hash = await hashOf(REPORT);
    const outcomes = await Promise.all([transport.put('a/Звіт.md', REPORT, hash), transport.put('a/Звіт.md', REPORT, hash)]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['alreadyThere', 'delivered']);
    expect(await tree()).toEqual(['a', 'a/Звіт.md']);
  });

  it('keeps the first of two different files sent to one name at once, and reports the other as a conflict', async () => {
    const transport = createFolderTransport(root);
    const outcomes = await Promise.all([transport.put('Звіт.md', REPORT, await hashOf(REPORT)), transport.put('Звіт.md', OTHER, await hashOf(OTHER))]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['conflict', 'delivered']);
    const winner = outcomes[0]!.kind === 'delivered' ? REPORT : OTHER;
    expect(new Uint8Array(await read('Звіт.md'))).toEqual(winner);
  });

  it('never replaces a file another program writes between the look and the write', async () => {
    const file = path.join(root, 'Звіт.md');
    const racing = fsWith({
      link: async (existing, name) => {
        await nodeFs.writeFile(file, OTHER);
        return nodeFs.link(existing, name);
      },
    });
    await expect(createFolderTransport(root, racing).put('Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'conflict' });
    expect(new Uint8Array(await read('Звіт.md'))).toEqual(OTHER);
    expect(await tree()).toEqual(['Звіт.md']);
  });

  it('creates the file exclusively where the volume has no hard links (FAT, some shares)', async () => {
    const noLinks = fsWith({ link: async () => Promise.reject(errno('EPERM')) });
    const transport = createFolderTransport(root, noLinks);
    await expect(transport.put('Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'delivered' });
    expect(new Uint8Array(await read('Звіт.md'))).toEqual(REPORT);
    expect(await tree()).toEqual(['Звіт.md']);
    await expect(transport.put('Звіт.md', OTHER, await hashOf(OTHER))).resolves.toEqual({ kind: 'conflict' });
  });
});

describe('folder transport: the folder and the path', () => {
  it('never creates the folder the user picked: a missing one is syncMissingFolder', async () => {
    const gone = path.join(root, 'unplugged drive');
    const transport = createFolderTransport(gone);
    await expect(transport.put('a/Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'failed', code: 'syncMissingFolder' });
    await expect(transport.probe()).resolves.toEqual({ kind: 'failed', code: 'syncMissingFolder' });
    await expect(nodeFs.stat(gone)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a file standing where the folder should be as syncMissingFolder, and leaves it alone', async () => {
    await nodeFs.writeFile(path.join(root, 'Delegation Desk'), OTHER);
    const transport = createFolderTransport(root);
    await expect(transport.put('Delegation Desk/Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'failed', code: 'syncMissingFolder' });
    await expect(createFolderTransport(path.join(root, 'Delegation Desk')).probe()).resolves.toEqual({ kind: 'failed', code: 'syncMissingFolder' });
    expect(new Uint8Array(await read('Delegation Desk'))).toEqual(OTHER);
  });

  it.each([
    ['a parent segment', '../outside.md'],
    ['a parent segment inside', 'a/../../outside.md'],
    ['a backslash', '..\\outside.md'],
    ['a NUL byte', 'a\u0000.md'],
    ['a drive or stream colon', 'C:outside.md'],
    ['a Windows device name', 'Звіти/NUL.txt'],
    ['a trailing dot', 'Звіт.'],
  ])('refuses a path with %s as a validation error, writing nothing', async (_, remotePath) => {
    const transport = createFolderTransport(root);
    const put = transport.put(remotePath, REPORT, await hashOf(REPORT));
    await expect(put).rejects.toBeInstanceOf(AppError);
    await expect(put).rejects.toMatchObject({ code: 'validation' });
    expect(await tree()).toEqual([]);
    expect(await nodeFs.readdir(path.dirname(root))).not.toContain('outside.md');
  });

  it('keeps a path that starts with a slash inside the folder, as WebDAV does', async () => {
    await expect(createFolderTransport(root).put('/etc/passwd', OTHER, await hashOf(OTHER))).resolves.toEqual({ kind: 'delivered' });
    expect(await tree()).toEqual(['etc', 'etc/passwd']);
  });

  it('refuses a relative folder as a bug (the registry keeps only dialog answers)', () => {
    expect(() => createFolderTransport('relative/folder')).toThrow(BugError);
  });
});

describe('folder transport: the disk says no', () => {
  it.each([
    ['ENOSPC', 'syncQuota'],
    ['EDQUOT', 'syncQuota'],
    ['EACCES', 'syncForbidden'],
    ['EROFS', 'syncForbidden'],
    ['EIO', 'syncNetwork'],
  ])('maps %s while writing to %s and removes its temporary file', async (code, expected) => {
    const failing = fsWith({
      open: (async (file: string, flags: string) => {
        const handle = await nodeFs.open(file, flags);
        return Object.assign(Object.create(handle), {
          writeFile: async () => Promise.reject(errno(code)),
          close: () => handle.close(),
        });
      }) as FolderFs['open'],
    });
    await expect(createFolderTransport(root, failing).put('a/Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'failed', code: expected });
    expect(await tree()).toEqual(['a']);
  });

  it.skipIf(runsAsRoot)('reports a read-only folder as syncForbidden, in probe and put (skipped as root, whom permissions do not stop)', async () => {
    await nodeFs.chmod(root, 0o555);
    const transport = createFolderTransport(root);
    await expect(transport.probe()).resolves.toEqual({ kind: 'failed', code: 'syncForbidden' });
    await expect(transport.put('Звіт.md', REPORT, await hashOf(REPORT))).resolves.toEqual({ kind: 'failed', code: 'syncForbidden' });
  });

  it('reports a folder the OS will not let us write as syncForbidden (simulated, so it runs as root too)', async () => {
    const readOnly = fsWith({ access: async () => Promise.reject(errno('EROFS')) });
    await expect(createFolderTransport(root, readOnly).probe()).resolves.toEqual({ kind: 'failed', code: 'syncForbidden' });
  });

  it('probes a writable folder and a sub-folder as ok, and a missing sub-folder as syncMissingFolder', async () => {
    await nodeFs.mkdir(path.join(root, 'Delegation Desk'));
    const transport = createFolderTransport(root);
    await expect(transport.probe()).resolves.toEqual({ ok: true });
    await expect(transport.probe('Delegation Desk')).resolves.toEqual({ ok: true });
    await expect(transport.probe('Not yet')).resolves.toEqual({ kind: 'failed', code: 'syncMissingFolder' });
  });
});
