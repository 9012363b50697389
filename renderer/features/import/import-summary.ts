import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/domain/lang';
import type { ImportBatch } from '#shared/import/import-plan';
import type { ImportResult } from '../../import/import-protocol';
import { joinList } from './preview-text';

type Added = ImportResult['added'];

/** "12 contacts, 2 organizations and 1 meeting": what was added, zero counts left out. */
export function addedList(added: Added, t: TFunction<'import'>, language: UiLanguage): string {
  const parts = (['contacts', 'organizations', 'meetings', 'attachments'] as const)
    .filter((kind) => added[kind] > 0)
    .map((kind) => t(`result.${kind}`, { ns: 'import', count: added[kind] }));
  return joinList(parts, language);
}

/** The notice after an import: "Imported: 12 contacts, 2 organizations. Merged 3 contacts. Skipped 1." */
export function resultSummary(result: ImportResult, t: TFunction<'import'>, language: UiLanguage): string {
  const added = addedList(result.added, t, language);
  const sentences = [added ? t('result.imported', { ns: 'import', what: added }) : t('result.nothingAdded', { ns: 'import' })];
  if (result.merged > 0) sentences.push(t('result.merged', { ns: 'import', count: result.merged }));
  if (result.skipped > 0) sentences.push(t('result.skipped', { ns: 'import', count: result.skipped }));
  return sentences.join(' ');
}

/** How many records of each kind a past import added. */
export function batchAdded(batch: ImportBatch): Added {
  return {
    contacts: batch.added.contacts.length,
    organizations: batch.added.organizations.length,
    meetings: batch.added.meetings.length,
    attachments: batch.added.attachments.length,
  };
}

/** A history line: "Added 12 contacts and 2 organizations. Merged 3 contacts." */
export function batchSummary(batch: ImportBatch, t: TFunction<'import'>, language: UiLanguage): string {
  const added = addedList(batchAdded(batch), t, language);
  const sentences = [added ? t('history.added', { ns: 'import', what: added }) : t('history.nothing', { ns: 'import' })];
  if (batch.mergedBefore.length > 0) sentences.push(t('history.merged', { ns: 'import', count: batch.mergedBefore.length }));
  return sentences.join(' ');
}
