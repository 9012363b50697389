import { AppError } from '../errors/app-error';
import type { BackupContents, BackupTable } from './backup-format';

type Row = Record<string, unknown>;

interface ContentsStep {
  /** The schema version (renderer/data/schema.ts) whose upgrade this mirrors. */
  version: number;
  upgrade: (tables: BackupContents['tables']) => void;
}

function modifyRows(tables: BackupContents['tables'], table: BackupTable, change: (row: Row) => void): void {
  const rows = tables[table];
  if (rows) tables[table] = rows.map((row) => {
    const copy = { ...(row as Row) };
    change(copy);
    return copy;
  });
}

/**
 * What the database's upgrade steps do to stored records, done to records in a file written
 * under an older schema. Versions that only added tables need no step: a file from before
 * them simply lacks those tables. Append a step whenever schema.ts gains an `upgrade`.
 */
const CONTENTS_STEPS: readonly ContentsStep[] = [
  {
    version: 3,
    upgrade: (tables) =>
      modifyRows(tables, 'contacts', (contact) => {
        if (contact.ourStaff === undefined) contact.ourStaff = false;
      }),
  },
];

/** Records written under `fromSchemaVersion`, in the shape of `toSchemaVersion`; the input is left as it was. */
export function upgradeContents(contents: BackupContents, fromSchemaVersion: number, toSchemaVersion: number): BackupContents {
  if (fromSchemaVersion > toSchemaVersion) {
    throw new AppError('backupNewerSchema', { found: fromSchemaVersion, supported: toSchemaVersion });
  }
  const tables = { ...contents.tables };
  for (const step of CONTENTS_STEPS) {
    if (step.version > fromSchemaVersion && step.version <= toSchemaVersion) step.upgrade(tables);
  }
  return { ...contents, tables };
}
