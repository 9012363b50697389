import type { i18n } from 'i18next';
import type { UiLanguage } from '#shared/domain/lang';
import { contactsToVCard } from '#shared/exports/contacts-vcard';
import { exportFileName } from '#shared/exports/file-names';
import type { Workspace } from '../../data/workspace';
import { contactHeaders, documentT } from './document-labels';
import { readContactRecords } from './export-records';
import { binaryFile, NothingToExport, textFile, type ExportFile } from './export-file';

export type ContactsFormat = 'vcf' | 'csv' | 'xlsx';

export interface ContactsRequest {
  format: ContactsFormat;
  /** The language of the headers and of positions, countries and cities (vCard carries every language). */
  lang: UiLanguage;
  /** Only these contacts (those the list shows), or all when absent. */
  ids?: ReadonlySet<string>;
}

/**
 * A stable key of the selection for the file name: the same contacts give the same name, a
 * different selection another.
 */
function selectionKey(ids: ReadonlySet<string> | undefined): string {
  return ids ? `some:${[...ids].sort().join(',')}` : 'all';
}

/** Contacts as vCard, CSV or XLSX; papaparse and exceljs load only when their format is asked for. */
export async function contactsFile(workspace: Pick<Workspace, 'contacts' | 'organizations'>, i18next: i18n, request: ContactsRequest): Promise<ExportFile> {
  const { format, lang, ids } = request;
  const { contacts, organizations } = await readContactRecords(workspace, `sortKey.${lang}`, ids);
  if (contacts.length === 0) throw new NothingToExport('contacts');
  const t = documentT(i18next, lang);
  const name = exportFileName({ kind: 'contacts', title: t('contactsTitle'), id: selectionKey(ids), format, lang: format === 'vcf' ? undefined : lang });
  if (format === 'vcf') return textFile(name, format, contactsToVCard(contacts, organizations));
  if (format === 'csv') {
    const { contactsToCsv } = await import('#shared/exports/contacts-csv');
    return textFile(name, format, contactsToCsv(contacts, organizations, lang, contactHeaders(t)));
  }
  const { contactsToXlsx } = await import('#shared/exports/contacts-xlsx');
  return binaryFile(name, format, await contactsToXlsx(contacts, organizations, lang, contactHeaders(t), { sheetName: t('contactsTitle') }));
}
