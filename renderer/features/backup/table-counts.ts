import type { TFunction } from 'i18next';
import { BACKUP_TABLES, type BackupContents, type BackupTable } from '#shared/backup/backup-format';
import type { UiLanguage } from '#shared/domain/lang';
import { INTL_LOCALE } from '../../app/format';

/** The order a reader expects: people and their work first, the app's own bookkeeping last. */
export const DISPLAY_ORDER: readonly BackupTable[] = [
  'contacts',
  'organizations',
  'events',
  'meetings',
  'followUps',
  'agreements',
  'agreementVersions',
  'attachments',
  'topics',
  'clauseLibrary',
  'syncTargets',
];

export function isBackupTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

/** Records per table of what a file holds. */
export function countContents(contents: BackupContents): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    const rows = contents.tables[table];
    if (rows && rows.length > 0) counts[table] = rows.length;
  }
  return counts;
}

/**
 * "245 контактів, 12 організацій і 3 події": each table's count declined in the UI language,
 * tables with none left out, joined as the language joins a list. Tables this version does not
 * know (a newer file) are left out too: they have no name to show.
 */
export function describeCounts(counts: Record<string, number>, t: TFunction<'backup'>, language: UiLanguage, empty: string = t('noRecords')): string {
  const parts = DISPLAY_ORDER.filter((table) => (counts[table] ?? 0) > 0).map((table) => t(`tables.${table}`, { count: counts[table]! }));
  if (parts.length === 0) return empty;
  return new Intl.ListFormat(INTL_LOCALE[language], { style: 'long', type: 'conjunction' }).format(parts);
}
