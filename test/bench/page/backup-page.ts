import type { BackupContents } from '#shared/backup/backup-format';
import { readBackupFile, writeBackupFile } from '#shared/backup/backup-file';
import { DATABASE_NAME, DeskDatabase } from '../../../renderer/data/db';
import { SCHEMA_VERSIONS } from '../../../renderer/data/schema';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema-version';
import { createWorkspace, type Workspace } from '../../../renderer/data/workspace';
import type { BackupBenchApi, BackupPrepared, TimedBackup, TimedRestore } from './backup-api';
import { contactDataset } from './datasets';
import { seedMeetingsInto } from './meetings-seed';
import { deleteDatabase, parseDexieStore } from './raw-store';

/** The backup methods of `window.bench`, spread into it by bench-page.ts. */

const RAW_RESTORE_DATABASE = 'delegation-desk-bench-raw-restore';
const PASSPHRASE = 'bench passphrase, long enough';
const CONTACT_CHUNK = 5_000;

let workspace: Workspace | null = null;
const files: { plain: Uint8Array | null; encrypted: Uint8Array | null } = { plain: null, encrypted: null };
let contents: BackupContents | null = null;

function need(): Workspace {
  if (!workspace) throw new Error('call prepareBackup first');
  return workspace;
}

async function countAll(db: DeskDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** Every table of the latest schema, as the app's database declares it. */
function latestStores(): Map<string, string> {
  const stores = new Map<string, string>();
  for (const { stores: declared } of SCHEMA_VERSIONS) {
    for (const [name, spec] of Object.entries(declared)) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return stores;
}

function openRaw(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      for (const [table, spec] of latestStores()) {
        const parsed = parseDexieStore(spec);
        const store = req.result.createObjectStore(table, { keyPath: parsed.keyPath, autoIncrement: parsed.autoIncrement });
        for (const index of parsed.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function getAll(db: IDBDatabase, table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(table, 'readonly').objectStore(table).getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function putTables(db: IDBDatabase, tables: [string, readonly unknown[]][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(tables.map(([name]) => name), 'readwrite');
    for (const [name, records] of tables) {
      const store = tx.objectStore(name);
      for (const record of records) store.put(record);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export const backupBench: BackupBenchApi = {
  async prepareBackup(meetings, records): Promise<BackupPrepared> {
    workspace?.db.close();
    await deleteDatabase(DATABASE_NAME);
    workspace = createWorkspace(new DeskDatabase(DATABASE_NAME));
    const start = performance.now();
    await seedMeetingsInto(workspace, meetings);
    const missing = records - total(await countAll(workspace.db));
    if (missing > 0) {
      const { inputs } = contactDataset(missing, []);
      for (let i = 0; i < inputs.length; i += CONTACT_CHUNK) await workspace.contacts.bulkCreate(inputs.slice(i, i + CONTACT_CHUNK));
    }
    const counts = await countAll(workspace.db);
    return { counts, records: total(counts), seedMs: performance.now() - start };
  },

  async measureBackup(encrypted): Promise<TimedBackup> {
    const { backups } = need();
    const start = performance.now();
    contents = await backups.collect();
    const collectMs = performance.now() - start;
    const file = await writeBackupFile(contents, {
      kind: 'backup',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: Date.now(),
      passphrase: encrypted ? PASSPHRASE : undefined,
    });
    const ms = performance.now() - start;
    files[encrypted ? 'encrypted' : 'plain'] = file;
    return { ms, collectMs, bytes: file.length };
  },

  async measureRawDump(): Promise<TimedBackup> {
    const db = await openRaw(DATABASE_NAME);
    try {
      const start = performance.now();
      const tables: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) tables[name] = await getAll(db, name);
      const collectMs = performance.now() - start;
      const bytes = new TextEncoder().encode(JSON.stringify(tables)).length;
      return { ms: performance.now() - start, collectMs, bytes };
    } finally {
      db.close();
    }
  },

  async measureRestore(encrypted): Promise<TimedRestore> {
    const file = files[encrypted ? 'encrypted' : 'plain'];
    if (!file) throw new Error('measure the backup first');
    const current = need();
    await current.backups.wipe();
    const start = performance.now();
    const read = await readBackupFile(file, encrypted ? PASSPHRASE : undefined, CURRENT_SCHEMA_VERSION);
    const readMs = performance.now() - start;
    await current.backups.restoreEmpty(read.contents);
    const ms = performance.now() - start;
    return { ms, readMs, records: total(await countAll(current.db)) };
  },

  async measureRawRestore(): Promise<TimedRestore> {
    if (!contents) throw new Error('measure the backup first');
    await deleteDatabase(RAW_RESTORE_DATABASE);
    const db = await openRaw(RAW_RESTORE_DATABASE, 1);
    try {
      const tables = Object.entries(contents.tables).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
      const start = performance.now();
      await putTables(db, tables);
      const ms = performance.now() - start;
      return { ms, readMs: 0, records: tables.reduce((sum, [, records]) => sum + records.length, 0) };
    } finally {
      db.close();
      await deleteDatabase(RAW_RESTORE_DATABASE);
    }
  },

  async releaseBackup() {
    workspace?.db.close();
    workspace = null;
    contents = null;
    files.plain = null;
    files.encrypted = null;
    await deleteDatabase(DATABASE_NAME);
  },
};
