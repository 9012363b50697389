import { BACKUP_TABLES, type BackupTable } from '#shared/backup/backup-format';
import type { Workspace } from './workspace';

/** A Storage over a Map, for settings in tests. */
export function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

/** Every backed-up table's records by id order, and every attachment's bytes: what "the same workspace" means. */
export async function snapshot({ db }: Workspace) {
  const tables = Object.fromEntries(
    await Promise.all(BACKUP_TABLES.map(async (table: BackupTable) => [table, await db.table(table).orderBy(':id').toArray()] as const)),
  );
  const bytes = (await db.attachmentBytes.toArray()).map(({ id, bytes: content }) => ({ id, bytes: Array.from(new Uint8Array(content)) }));
  return { tables, bytes };
}

/** A small file on a contact, with the bytes a test can recognize. */
export async function attachFile(workspace: Workspace, ownerId: string, ownerType: 'contact' | 'meeting' = 'contact', content = [1, 2, 3, 250]) {
  return workspace.attachments.create({ ownerType, ownerId, fileName: 'візитка.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array(content).buffer });
}
