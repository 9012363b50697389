import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport, IconFileText, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#shared/domain/meeting';
import { ReportExportDialog } from './ReportExportDialog';
import { PressPostDialog } from './PressPostDialog';

/** The meeting page's "Export" menu: the meeting summary, and the press post. */
export function MeetingExportMenu({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('exports');
  const [open, setOpen] = useState<'summary' | 'press' | null>(null);
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
          <Menu.Item leftSection={<IconFileText size={16} aria-hidden />} onClick={() => setOpen('summary')}>
            {t('menu.meetingSummary')}
          </Menu.Item>
          <Menu.Item leftSection={<IconSpeakerphone size={16} aria-hidden />} onClick={() => setOpen('press')}>
            {t('menu.pressPost')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ReportExportDialog opened={open === 'summary'} onClose={close} source={{ kind: 'meeting', id: meeting.id }} />
      <PressPostDialog opened={open === 'press'} onClose={close} meeting={meeting} />
    </>
  );
}
