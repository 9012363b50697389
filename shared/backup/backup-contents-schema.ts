import { z } from 'zod';
import { BACKUP_TABLES, type BackupContents, type BackupTable } from './backup-format';

/**
 * The shape a payload must have before anything looks inside its records: every table an array
 * of objects with a string id, attachment bytes and settings as strings. Records are checked
 * field by field where they are applied (renderer/data/backup-*), not here.
 */
const recordSchema = z.looseObject({ id: z.string().min(1).max(200) });

const tablesSchema = z.object(
  Object.fromEntries(BACKUP_TABLES.map((table) => [table, z.array(recordSchema).optional()])) as Record<
    BackupTable,
    z.ZodOptional<z.ZodArray<typeof recordSchema>>
  >,
);

export const backupContentsSchema = z.object({
  tables: tablesSchema,
  attachmentBytes: z.record(z.string(), z.string()),
  settings: z.record(z.string(), z.string()),
});

export function parseContents(value: unknown): BackupContents | null {
  const result = backupContentsSchema.safeParse(value);
  if (!result.success) return null;
  // Tables the file does not have stay absent rather than becoming `undefined` keys.
  const tables = Object.fromEntries(Object.entries(result.data.tables).filter(([, rows]) => rows !== undefined));
  return { tables, attachmentBytes: result.data.attachmentBytes, settings: result.data.settings };
}

/** Records per table, for the header (readable without the passphrase) and the report. */
export function countContents(contents: BackupContents): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    const rows = contents.tables[table];
    if (rows) counts[table] = rows.length;
  }
  return counts;
}
