import { useState } from 'react';
import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconFileCheck, IconRestore, IconPackageImport, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BackUpDialog } from './BackUpDialog';
import { ClearWorkspaceDialog } from './ClearWorkspaceDialog';
import { OpenBackupDialog, type OpenPurpose } from './OpenBackupDialog';
import { ScheduledBackupSettings } from './ScheduledBackupSettings';

type Dialog = { kind: 'backUp' } | { kind: 'open'; purpose: OpenPurpose } | { kind: 'clear' } | null;

/** The Settings card: back up, verify, restore, open a bundle; clearing the workspace apart, last. */
export function BackupSettings() {
  const { t } = useTranslation('backup');
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <Card withBorder component="section" aria-labelledby="settings-backup">
      <Title order={2} size="h4" id="settings-backup" mb="xs">
        {t('title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
        <Group gap="xs">
          <Button leftSection={<IconDatabaseExport size={16} aria-hidden />} onClick={() => setDialog({ kind: 'backUp' })}>
            {t('actions.backUp')}
          </Button>
          <Button variant="default" leftSection={<IconFileCheck size={16} aria-hidden />} onClick={() => setDialog({ kind: 'open', purpose: 'verify' })}>
            {t('actions.verify')}
          </Button>
          <Button variant="default" leftSection={<IconRestore size={16} aria-hidden />} onClick={() => setDialog({ kind: 'open', purpose: 'restore' })}>
            {t('actions.restore')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('bundleIntro')}
        </Text>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPackageImport size={16} aria-hidden />} onClick={() => setDialog({ kind: 'open', purpose: 'bundle' })}>
            {t('actions.openBundle')}
          </Button>
        </Group>
        <Divider my="xs" />
        <ScheduledBackupSettings />
        <Divider my="xs" />
        <section aria-labelledby="settings-backup-danger">
          <Title order={3} size="h5" id="settings-backup-danger" c="red.8" mb={4}>
            {t('danger.title')}
          </Title>
          <Text size="sm" mb="xs">
            {t('danger.intro')}
          </Text>
          <Button color="red" variant="outline" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog({ kind: 'clear' })}>
            {t('danger.clear')}
          </Button>
        </section>
      </Stack>
      {dialog?.kind === 'backUp' ? <BackUpDialog onClose={close} /> : null}
      {dialog?.kind === 'open' ? <OpenBackupDialog purpose={dialog.purpose} onClose={close} /> : null}
      {dialog?.kind === 'clear' ? <ClearWorkspaceDialog onClose={close} /> : null}
    </Card>
  );
}
