import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import { createAutoBackupFolder, type AutoBackupFs } from './auto-backup-folder';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dd-auto-backup-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const name = (day: number, time = '090000') => `delegation-desk-auto-2026-05-${String(day).padStart(2, '0')}-${time}.ddbackup`;
const bytes = (text: string) => new TextEncoder().encode(text);

async function seed(names: string[]) {
  for (const file of names) await writeFile(path.join(root, file), file);
}

describe('the automatic backup folder', () => {
  it('writes the file under its name, with nothing temporary left beside it', async () => {
    const folder = createAutoBackupFolder(root);
    const result = await folder.write(name(1), bytes('backup one'), 10);
    expect(await readFile(path.join(root, name(1)), 'utf8')).toBe('backup one');
    expect(await readdir(root)).toEqual([name(1)]);
    expect(result).toMatchObject({ fileName: name(1), removed: [] });
    expect(result.kept).toEqual([{ name: name(1), bytes: 10, modifiedAt: expect.any(Number) }]);
  });

  it('keeps the newest N automatic backups and deletes only older ones of the exact pattern', async () => {
    const others = [
      'notes.txt',
      'delegation-desk-backup-2026-05-01.ddbackup',
      'delegation-desk-auto-2026-05-01-090000.ddbackup.bak',
      'my-delegation-desk-auto-2026-05-01-090000.ddbackup',
      'delegation-desk-auto-2026-13-01-090000.ddbackup',
    ];
    await seed([...others, name(1), name(2), name(3), name(4)]);
    const result = await createAutoBackupFolder(root).write(name(5), bytes('new'), 3);
    expect(result.removed.sort()).toEqual([name(1), name(2)]);
    expect(result.kept.map((file) => file.name)).toEqual([name(5), name(4), name(3)]);
    expect((await readdir(root)).sort()).toEqual([...others, name(3), name(4), name(5)].sort());
  });

  it('never deletes a folder or a symlink that merely looks like a backup', async () => {
    await mkdir(path.join(root, name(1)));
    const outside = path.join(root, '..', `${path.basename(root)}-outside.txt`);
    await writeFile(outside, 'precious');
    try {
      await symlink(outside, path.join(root, name(2)));
      await createAutoBackupFolder(root).write(name(3), bytes('new'), 1);
      expect((await readdir(root)).sort()).toEqual([name(1), name(2), name(3)]);
      expect(await readFile(outside, 'utf8')).toBe('precious');
    } finally {
      await rm(outside, { force: true });
    }
  });

  it('keeps the new backup even when the clock was set back and its name sorts older', async () => {
    await seed([name(10), name(11)]);
    const result = await createAutoBackupFolder(root).write(name(1), bytes('new'), 2);
    expect(result.kept.map((file) => file.name)).toEqual([name(1), name(11)]);
    expect(result.removed).toEqual([name(10)]);
  });

  it('refuses a name that is not an automatic backup’s, before touching the disk', async () => {
    const folder = createAutoBackupFolder(root);
    for (const bad of ['../escape.ddbackup', 'delegation-desk-auto-2026-05-01-090000.ddbackup/../../x', 'notes.txt', name(1).replace('.ddbackup', '.exe')]) {
      await expect(folder.write(bad, bytes('x'), 3)).rejects.toMatchObject({ code: 'validation' });
    }
    expect(await readdir(root)).toEqual([]);
  });

  it('never creates a missing folder, and says why it failed', async () => {
    const gone = path.join(root, 'unplugged');
    const failure = createAutoBackupFolder(gone).write(name(1), bytes('x'), 3);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'fileSaveFailed', details: { reason: 'ENOENT' } });
    await expect(readdir(gone)).rejects.toThrow();
    expect(await createAutoBackupFolder(gone).status()).toEqual({ state: 'missing', files: [] });
  });

  it('removes its temporary file when the write fails (a full disk)', async () => {
    const fullDisk: AutoBackupFs = {
      ...nodeFs,
      open: (async (file: string, flags: string) => {
        const handle = await nodeFs.open(file, flags);
        return Object.assign(Object.create(handle) as nodeFs.FileHandle, {
          writeFile: async () => {
            throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
          },
          close: () => handle.close(),
        });
      }) as AutoBackupFs['open'],
    };
    await seed([name(1)]);
    const failure = createAutoBackupFolder(root, fullDisk).write(name(2), bytes('x'), 1);
    await expect(failure).rejects.toMatchObject({ code: 'fileSaveFailed', details: { reason: 'ENOSPC' } });
    // Nothing pruned either: the older backup is all the user has.
    expect(await readdir(root)).toEqual([name(1)]);
  });

  it('reports the folder ready with its automatic backups, newest first', async () => {
    await seed(['notes.txt', name(2), name(1)]);
    const status = await createAutoBackupFolder(root).status();
    expect(status.state).toBe('ready');
    expect(status.files.map((file) => file.name)).toEqual([name(2), name(1)]);
    expect(status.files[0]).toEqual({ name: name(2), bytes: name(2).length, modifiedAt: expect.any(Number) });
  });

  it('reports a read-only folder as not writable, still listing its backups', async () => {
    await seed([name(1)]);
    const readOnly: AutoBackupFs = {
      ...nodeFs,
      access: async () => {
        throw Object.assign(new Error('read-only'), { code: 'EROFS' });
      },
    };
    const status = await createAutoBackupFolder(root, readOnly).status();
    expect(status.state).toBe('notWritable');
    expect(status.files.map((file) => file.name)).toEqual([name(1)]);
  });

  it('reports a file standing where the folder should be as missing', async () => {
    const file = path.join(root, 'a-file');
    await writeFile(file, 'x');
    expect(await createAutoBackupFolder(file).status()).toEqual({ state: 'missing', files: [] });
  });
});
