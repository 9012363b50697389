import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonFile } from '../sync/json-file';
import { createAutoBackupFolder } from './auto-backup-folder';
import { createBackupFolderStore } from './backup-folder-store';
import { createBackupHandlers, type BackupServices } from './backup-handlers';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dd-backup-handlers-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function memoryFile(initial?: unknown): JsonFile & { content: unknown } {
  const file = {
    content: initial,
    read: async () => file.content,
    write: async (value: unknown) => {
      file.content = value;
    },
  };
  return file;
}

function handlers(dialogAnswer: string | null, file = memoryFile()) {
  const chooseFolder = vi.fn<BackupServices['chooseFolder']>(async () => dialogAnswer);
  const services: BackupServices = {
    store: createBackupFolderStore({ file, onUnreadableFile: () => undefined }),
    chooseFolder,
    folder: (folderPath) => createAutoBackupFolder(folderPath),
  };
  return { handle: createBackupHandlers(services), chooseFolder, file };
}

const fileName = 'delegation-desk-auto-2026-05-20-143000.ddbackup';

describe('backup:* handlers', () => {
  it('reports no folder until one is chosen in the dialog, and writes nothing before', async () => {
    const { handle } = handlers(root);
    expect(await handle['backup:folderStatus'](undefined)).toEqual({ folderPath: null, state: 'notChosen', files: [] });
    await expect(handle['backup:writeScheduled']({ fileName, bytes: new Uint8Array([1]), keep: 3 })).rejects.toMatchObject({
      code: 'fileSaveFailed',
      details: { reason: 'noFolder' },
    });
  });

  it('remembers the folder picked in the dialog and writes there', async () => {
    const { handle, file } = handlers(root);
    expect(await handle['backup:chooseFolder'](undefined)).toEqual({ folderPath: root });
    expect(file.content).toEqual({ version: 1, folderPath: root });
    const written = await handle['backup:writeScheduled']({ fileName, bytes: new Uint8Array([1, 2]), keep: 3 });
    expect(written.kept.map((kept) => kept.name)).toEqual([fileName]);
    expect(await readdir(root)).toEqual([fileName]);
    const status = await handle['backup:folderStatus'](undefined);
    expect(status).toMatchObject({ folderPath: root, state: 'ready', files: [{ name: fileName, bytes: 2 }] });
  });

  it('keeps the folder already chosen when the dialog is cancelled', async () => {
    const file = memoryFile({ version: 1, folderPath: root });
    const { handle } = handlers(null, file);
    expect(await handle['backup:chooseFolder'](undefined)).toBe('cancelled');
    expect(file.content).toEqual({ version: 1, folderPath: root });
    expect((await handle['backup:folderStatus'](undefined)).folderPath).toBe(root);
  });

  it('treats an unreadable folder file as no folder chosen', async () => {
    const { handle } = handlers(null, memoryFile({ folderPath: 42 }));
    expect((await handle['backup:folderStatus'](undefined)).state).toBe('notChosen');
  });

  it('runs one write at a time, so pruning never races a second write', async () => {
    const { handle } = handlers(root);
    await handle['backup:chooseFolder'](undefined);
    const names = ['delegation-desk-auto-2026-05-20-143000.ddbackup', 'delegation-desk-auto-2026-05-20-143001.ddbackup', 'delegation-desk-auto-2026-05-20-143002.ddbackup'];
    const results = await Promise.all(names.map((name) => handle['backup:writeScheduled']({ fileName: name, bytes: new Uint8Array([1]), keep: 2 })));
    expect(results.map((result) => result.kept.length)).toEqual([1, 2, 2]);
    expect((await readdir(root)).sort()).toEqual(names.slice(1));
  });
});
