import { useState } from 'react';
import { IconCalendarEvent, IconDeviceLaptop, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ExportMenuButton } from './ExportMenuButton';
import { ReportExportDialog } from './ReportExportDialog';
import { CalendarExportDialog } from './CalendarExportDialog';
import { EventBundleDialog } from '../backup';

/** The event page's "Export" menu: the delegation report of its meetings, its calendar, and a bundle for another laptop. */
export function EventExportMenu({ eventId }: { eventId: string }) {
  const { t } = useTranslation('exports');
  const [open, setOpen] = useState<'report' | 'calendar' | 'bundle' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <ExportMenuButton
        items={[
          { id: 'report', label: t('menu.delegationReport'), Icon: IconFileText },
          { id: 'calendar', label: t('menu.calendar'), Icon: IconCalendarEvent },
          { id: 'bundle', label: t('bundle.menuItem', { ns: 'backup' }), Icon: IconDeviceLaptop },
        ]}
        onPick={setOpen}
      />
      <ReportExportDialog opened={open === 'report'} onClose={close} source={{ kind: 'event', id: eventId }} />
      <CalendarExportDialog opened={open === 'calendar'} onClose={close} eventId={eventId} />
      {open === 'bundle' ? <EventBundleDialog eventId={eventId} onClose={close} /> : null}
    </>
  );
}
