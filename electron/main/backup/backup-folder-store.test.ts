import { describe, expect, it, vi } from 'vitest';
import type { JsonFile } from '../sync/json-file';
import { createBackupFolderStore } from './backup-folder-store';

function fileWith(content: unknown, readError?: Error): JsonFile & { writes: unknown[] } {
  const writes: unknown[] = [];
  return {
    writes,
    read: vi.fn(async () => {
      if (readError) throw readError;
      return content;
    }),
    write: async (value) => {
      writes.push(value);
    },
  };
}

describe('the backup folder store', () => {
  it('has no folder before one is set, then remembers it on disk', async () => {
    const file = fileWith(undefined);
    const store = createBackupFolderStore({ file });
    expect(await store.get()).toBeNull();
    await store.set('/home/olena/Backups');
    expect(file.writes).toEqual([{ version: 1, folderPath: '/home/olena/Backups' }]);
    expect(await store.get()).toBe('/home/olena/Backups');
  });

  it('reads the folder kept by an earlier run once', async () => {
    const file = fileWith({ version: 1, folderPath: 'D:\\Backups' });
    const store = createBackupFolderStore({ file });
    expect(await store.get()).toBe('D:\\Backups');
    expect(await store.get()).toBe('D:\\Backups');
    expect(file.read).toHaveBeenCalledTimes(1);
  });

  it('reports a damaged or foreign file and treats it as no folder', async () => {
    const onUnreadableFile = vi.fn();
    expect(await createBackupFolderStore({ file: fileWith({ version: 2, folderPath: '/x' }), onUnreadableFile }).get()).toBeNull();
    expect(await createBackupFolderStore({ file: fileWith(undefined, new SyntaxError('not JSON')), onUnreadableFile }).get()).toBeNull();
    expect(onUnreadableFile).toHaveBeenCalledTimes(2);
  });

  it('keeps the old folder when the new one cannot be written down', async () => {
    const file = fileWith({ version: 1, folderPath: '/old' });
    file.write = async () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    const store = createBackupFolderStore({ file });
    await expect(store.set('/new')).rejects.toThrow('disk full');
    expect(await store.get()).toBe('/old');
  });
});
