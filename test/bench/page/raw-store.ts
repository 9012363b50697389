import { SCHEMA_VERSIONS } from '../../../renderer/data/schema';

/**
 * The baseline for inserts: plain IndexedDB, no Dexie, an object store with exactly the key
 * path and indexes that the app's latest schema version gives the same table.
 */

export interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreSpec {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSpec[];
}

/** Dexie's schema syntax ('id, updatedAt, *tags, &code, [a+b]') as IndexedDB parameters. */
export function parseDexieStore(spec: string): StoreSpec {
  const [primary, ...rest] = spec.split(',').map((part) => part.trim());
  const keyPathOf = (name: string): string | string[] =>
    name.startsWith('[') ? name.slice(1, -1).split('+').map((part) => part.trim()) : name;
  const primaryName = primary.replace(/^\+\+/, '');
  const indexes = rest.filter(Boolean).map((part) => {
    const unique = part.startsWith('&');
    const multiEntry = part.startsWith('*');
    const name = part.replace(/^[&*]/, '');
    return { name, keyPath: keyPathOf(name), unique, multiEntry };
  });
  return { keyPath: primaryName ? keyPathOf(primaryName) : null, autoIncrement: primary.startsWith('++'), indexes };
}

/** The table's definition in the newest schema version that mentions it. */
export function latestStoreSpec(table: string): StoreSpec {
  for (let i = SCHEMA_VERSIONS.length - 1; i >= 0; i--) {
    const spec = SCHEMA_VERSIONS[i].stores[table];
    if (spec === null) throw new Error(`table ${table} was deleted in schema version ${SCHEMA_VERSIONS[i].version}`);
    if (spec !== undefined) return parseDexieStore(spec);
  }
  throw new Error(`no schema version defines ${table}`);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`));
  });
}

export function openRawDatabase(name: string, table: string, spec: StoreSpec): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore(table, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
    for (const index of spec.indexes) {
      store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  };
  return request(req);
}

/** Puts every record in one readwrite transaction; resolves when it has committed. */
export function putAll(db: IDBDatabase, table: string, records: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(table, 'readwrite');
    const store = tx.objectStore(table);
    for (const record of records) store.put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export function countRecords(db: IDBDatabase, table: string): Promise<number> {
  return request(db.transaction(table, 'readonly').objectStore(table).count());
}
