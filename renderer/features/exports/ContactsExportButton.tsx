import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ContactsExportDialog } from './ContactsExportDialog';

interface Props {
  total: number;
  /** The ids of the contacts the list shows now (after its filters). */
  shownIds: () => readonly string[];
}

export function ContactsExportButton({ total, shownIds }: Props) {
  const { t } = useTranslation('exports');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('menu.contacts')}
      </Button>
      <ContactsExportDialog opened={opened} onClose={() => setOpened(false)} total={total} shownIds={shownIds} />
    </>
  );
}
