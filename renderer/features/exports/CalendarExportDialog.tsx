import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../data/workspace-context';
import { ExportDialog, type ExportChoice, type ExportFormatOption } from './ExportDialog';
import { calendarFile } from './calendar-file';

const ICS: readonly ExportFormatOption[] = [{ format: 'ics', hasLanguage: true }];

/** An event's meetings as an iCalendar file, titles and descriptions in the chosen language. */
export function CalendarExportDialog({ opened, onClose, eventId }: { opened: boolean; onClose: () => void; eventId: string }) {
  const { t, i18n } = useTranslation('exports');
  const workspace = useWorkspace();
  const build = useCallback((choice: ExportChoice) => calendarFile(workspace, i18n, eventId, choice.lang), [eventId, i18n, workspace]);
  return <ExportDialog opened={opened} onClose={onClose} title={t('dialog.titles.calendar')} formats={ICS} build={build} />;
}
