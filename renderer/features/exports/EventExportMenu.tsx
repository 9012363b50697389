import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconCalendarEvent, IconChevronDown, IconFileExport, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReportExportDialog } from './ReportExportDialog';
import { CalendarExportDialog } from './CalendarExportDialog';

/** The event page's "Export" menu: the delegation report of its meetings, and its calendar. */
export function EventExportMenu({ eventId }: { eventId: string }) {
  const { t } = useTranslation('exports');
  const [open, setOpen] = useState<'report' | 'calendar' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconFileExport size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
            {t('menu.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconFileText size={16} aria-hidden />} onClick={() => setOpen('report')}>
            {t('menu.delegationReport')}
          </Menu.Item>
          <Menu.Item leftSection={<IconCalendarEvent size={16} aria-hidden />} onClick={() => setOpen('calendar')}>
            {t('menu.calendar')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ReportExportDialog opened={open === 'report'} onClose={close} source={{ kind: 'event', id: eventId }} />
      <CalendarExportDialog opened={open === 'calendar'} onClose={close} eventId={eventId} />
    </>
  );
}
