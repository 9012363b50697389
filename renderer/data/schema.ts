import type { Dexie, Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Ordered list of every schema the database has had. Append only: a released version is
 * never edited, since users' databases were created by it.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      contacts: 'id, updatedAt, deletedAt, organizationId, sortKey.uk, sortKey.ru, sortKey.en, *tags',
      organizations: 'id, updatedAt, deletedAt, parentId, sortKey.uk, sortKey.ru, sortKey.en, *tags',
    },
  },
];

export function applySchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
