import { useState } from 'react';
import { IconFileText, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#shared/domain/meeting';
import { ExportMenuButton } from './ExportMenuButton';
import { ReportExportDialog } from './ReportExportDialog';
import { PressPostDialog } from './PressPostDialog';

/** The meeting page's "Export" menu: the meeting summary, and the press post. */
export function MeetingExportMenu({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('exports');
  const [open, setOpen] = useState<'summary' | 'press' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <ExportMenuButton
        items={[
          { id: 'summary', label: t('menu.meetingSummary'), Icon: IconFileText },
          { id: 'press', label: t('menu.pressPost'), Icon: IconSpeakerphone },
        ]}
        onPick={setOpen}
      />
      <ReportExportDialog opened={open === 'summary'} onClose={close} source={{ kind: 'meeting', id: meeting.id }} />
      <PressPostDialog opened={open === 'press'} onClose={close} meeting={meeting} />
    </>
  );
}
