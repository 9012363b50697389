import { useState } from 'react';
import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseExport, IconFolder, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { toErrorData } from '#shared/errors/app-error';
import { MAX_KEPT_AUTO_BACKUPS } from '#shared/ipc/contract';
import { formatBytes, formatDateTime } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import type { BackupFolderStatus } from '../../platform/backup-platform';
import { usePlatform } from '../../platform/platform-context';
import { BACKUP_INTERVALS, type BackupInterval } from './schedule-due';
import { scheduleFailureMessage } from './schedule-failure';
import { useBackupScheduleStore, type ScheduleFailure } from './schedule-store';
import { useScheduleRunner } from './use-backup-schedule';
import { useBackupScheduleFolder } from './use-backup-schedule-folder';

/**
 * Automatic backups to a folder, inside the Backup card of Settings. The desktop app writes them
 * while it is open; the browser build only says so (a page cannot write into a folder by itself).
 */
export function ScheduledBackupSettings() {
  const { t } = useTranslation('backupSchedule');
  const { backup } = usePlatform();
  return (
    <section aria-labelledby="settings-backup-schedule">
      <Title order={3} size="h5" id="settings-backup-schedule" mb={4}>
        {t('title')}
      </Title>
      {backup.available ? (
        <ScheduleControls />
      ) : (
        <Text size="sm" c="dimmed">
          {t('webOnly')}
        </Text>
      )}
    </section>
  );
}

function ScheduleControls() {
  const { t } = useTranslation('backupSchedule');
  const { backup } = usePlatform();
  const runner = useScheduleRunner();
  const schedule = useBackupScheduleStore(
    useShallow(({ enabled, every, keep, lastRunAt, lastFailure, running, updateSettings }) => ({ enabled, every, keep, lastRunAt, lastFailure, running, updateSettings })),
  );
  const [choosingFailure, setChoosingFailure] = useState<ScheduleFailure | null>(null);
  const [folderRevision, setFolderRevision] = useState(0);
  // Asked again after each run too, so the list shows the new file and the pruned ones gone.
  const status = useBackupScheduleFolder(`${folderRevision}:${schedule.lastRunAt}:${schedule.lastFailure?.at}`);

  const chooseFolder = async () => {
    try {
      setChoosingFailure(null);
      await backup.chooseFolder();
    } catch (error) {
      setChoosingFailure({ error: toErrorData(error), at: Date.now() });
    }
    setFolderRevision((n) => n + 1);
  };

  const folderPath = status?.folderPath ?? null;
  const failure = choosingFailure ?? schedule.lastFailure;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <FolderRow status={status} onChoose={() => void chooseFolder()} />
      <Alert color="yellow" variant="light" icon={<IconLock size={16} aria-hidden />} p="xs">
        <Text size="sm">{t('unencrypted')}</Text>
      </Alert>
      <Switch
        label={t('enabled')}
        checked={schedule.enabled}
        disabled={folderPath === null}
        onChange={(event) => schedule.updateSettings({ enabled: event.currentTarget.checked })}
      />
      <Group gap="md" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="backup-schedule-every">
            {t('every.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="backup-schedule-every"
            size="xs"
            value={schedule.every}
            onChange={(value) => schedule.updateSettings({ every: value as BackupInterval })}
            data={BACKUP_INTERVALS.map((every) => ({ value: every, label: t(`every.${every}`) }))}
          />
        </Stack>
        <NumberInput
          label={t('keep.label')}
          size="xs"
          w={140}
          min={1}
          max={MAX_KEPT_AUTO_BACKUPS}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          value={schedule.keep}
          onChange={(value) => {
            if (typeof value === 'number') schedule.updateSettings({ keep: value });
          }}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('keep.description')}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconDatabaseExport size={16} aria-hidden />}
          loading={schedule.running}
          disabled={folderPath === null}
          onClick={() => void runner.runNow()}
        >
          {t('backUpNow')}
        </Button>
      </Group>
      <LastRun lastRunAt={schedule.lastRunAt} failure={failure} />
      {status && status.state !== 'notChosen' ? <FolderFiles files={status.files} /> : null}
    </Stack>
  );
}

function FolderRow({ status, onChoose }: { status: BackupFolderStatus | null; onChoose: () => void }) {
  const { t } = useTranslation('backupSchedule');
  const folderPath = status?.folderPath ?? null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('folder.label')}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Text size="sm" ff={folderPath ? 'monospace' : undefined} style={{ wordBreak: 'break-all' }} flex={1} data-testid="backup-folder-path">
          {folderPath ?? t('folder.none')}
        </Text>
        <Button size="xs" variant="light" leftSection={<IconFolder size={14} aria-hidden />} onClick={onChoose}>
          {folderPath ? t('folder.change') : t('folder.choose')}
        </Button>
      </Group>
      {status?.state === 'missing' || status?.state === 'notWritable' ? (
        <Text size="sm" c="red.8" role="alert">
          {t(status.state === 'missing' ? 'folder.missing' : 'folder.notWritable')}
        </Text>
      ) : null}
    </Stack>
  );
}

function LastRun({ lastRunAt, failure }: { lastRunAt: number | null; failure: ScheduleFailure | null }) {
  const { t } = useTranslation('backupSchedule');
  const { t: tErrors } = useTranslation('errors');
  const language = useUiStore((state) => state.language);
  const message = failure ? scheduleFailureMessage(failure.error) : null;
  const reason = message === null ? '' : message.ns === 'errors' ? tErrors(message.key) : t(message.key);
  return (
    <Stack gap={4} role="status">
      <Text size="sm">{lastRunAt === null ? t('never') : t('lastRun', { date: formatDateTime(lastRunAt, language) })}</Text>
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} aria-hidden />} p="xs">
          <Text size="sm">{t('failed', { date: formatDateTime(failure.at, language), reason })}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

function FolderFiles({ files }: { files: BackupFolderStatus['files'] }) {
  const { t } = useTranslation('backupSchedule');
  const language = useUiStore((state) => state.language);
  if (files.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('files.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="backup-schedule-files">
        {t('files.count', { count: files.length })}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table aria-labelledby="backup-schedule-files" striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('files.name')}</Table.Th>
              <Table.Th>{t('files.date')}</Table.Th>
              <Table.Th ta="right">{t('files.size')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((file) => (
              <Table.Tr key={file.name}>
                <Table.Td ff="monospace">{file.name}</Table.Td>
                <Table.Td>{formatDateTime(file.modifiedAt, language)}</Table.Td>
                <Table.Td ta="right">{formatBytes(file.bytes, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
