import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../data/workspace-context';
import { ExportDialog, type ExportChoice, type ExportFormatOption } from './ExportDialog';
import { contactsFile, type ContactsFormat } from './contact-files';

const CONTACT_FORMATS: readonly ExportFormatOption[] = [
  // vCard carries every language a name is recorded in, so there is none to choose.
  { format: 'vcf', hasLanguage: false },
  { format: 'csv', hasLanguage: true },
  { format: 'xlsx', hasLanguage: true },
];

interface Props {
  opened: boolean;
  onClose: () => void;
  total: number;
  /** The ids the list shows now, read when the export runs. */
  shownIds: () => readonly string[];
}

/** Contacts as vCard 4.0, CSV or XLSX: all of them, or those the list's filters leave. */
export function ContactsExportDialog({ opened, onClose, total, shownIds }: Props) {
  const { t, i18n } = useTranslation('exports');
  const workspace = useWorkspace();
  const build = useCallback(
    (choice: ExportChoice) =>
      contactsFile(workspace, i18n, { format: choice.format as ContactsFormat, lang: choice.lang, ids: choice.scope === 'shown' ? new Set(shownIds()) : undefined }),
    [i18n, shownIds, workspace],
  );
  const shown = opened ? shownIds().length : total;
  return <ExportDialog opened={opened} onClose={onClose} title={t('dialog.titles.contacts')} formats={CONTACT_FORMATS} build={build} scope={{ all: total, shown }} />;
}
