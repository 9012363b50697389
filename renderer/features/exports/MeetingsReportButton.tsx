import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReportExportDialog } from './ReportExportDialog';

/** The meetings list's delegation report of a date range: the filter's dates, if set, to start from. */
export function MeetingsReportButton({ dateFrom, dateTo }: { dateFrom: string; dateTo: string }) {
  const { t } = useTranslation('exports');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('menu.delegationReport')}
      </Button>
      <ReportExportDialog opened={opened} onClose={() => setOpened(false)} source={{ kind: 'range' }} range={{ from: dateFrom, to: dateTo }} />
    </>
  );
}
