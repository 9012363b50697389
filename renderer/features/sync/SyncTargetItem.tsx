import { useState } from 'react';
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlugConnected, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncTarget } from '#shared/sync/sync-target';
import { DetailList } from '../../components/layout/DetailList';
import { useErrorNotifier } from '../../app/error-notifier';
import { useUiStore } from '../../app/ui-store';
import { useSyncService } from '../../sync/sync-service-context';
import type { ConnectionTest } from '../../sync/sync-service';
import { CredentialNote } from './CredentialNote';
import { useCredentialStatus } from './use-credential-status';
import { checkText, probeText } from './target-check-text';

interface Props {
  target: SyncTarget;
  /** Changes whenever the shell may have learnt something new about the target's password. */
  credentialsRevision: number;
  onEdit: () => void;
  onRemove: () => void;
}

type Test = { kind: 'idle' } | { kind: 'testing' } | { kind: 'done'; result: ConnectionTest };

/** One target in Settings: where it points, how its last check went, and its actions. */
export function SyncTargetItem({ target, credentialsRevision, onEdit, onRemove }: Props) {
  const { t } = useTranslation(['sync', 'errors']);
  const language = useUiStore((state) => state.language);
  const sync = useSyncService();
  const notifyError = useErrorNotifier();
  const status = useCredentialStatus(target.id, `${target.updatedAt}:${credentialsRevision}`);
  const [test, setTest] = useState<Test>({ kind: 'idle' });
  const headingId = `sync-target-${target.id}`;

  const runTest = async () => {
    setTest({ kind: 'testing' });
    try {
      setTest({ kind: 'done', result: await sync.testConnection(target.id) });
    } catch (error) {
      setTest({ kind: 'idle' });
      notifyError(error);
    }
  };

  const details =
    target.kind === 'webdav'
      ? [
          { label: t('targets.server'), value: <span dir="ltr">{target.baseUrl}</span> },
          { label: t('targets.user'), value: target.username },
        ]
      : [{ label: t('targets.localFolder'), value: <span dir="ltr">{target.folderPath}</span> }];

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
        <Group gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id={headingId}>
            {target.name}
          </Title>
          <Badge size="sm" variant="light" color="gray" tt="none">
            {t(`targets.kind.${target.kind}`)}
          </Badge>
        </Group>
        <Group gap={4}>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlugConnected size={14} aria-hidden />}
            aria-label={t('targets.testNamed', { name: target.name })}
            loading={test.kind === 'testing'}
            onClick={() => void runTest()}
          >
            {t('targets.test')}
          </Button>
          <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} aria-label={t('targets.editNamed', { name: target.name })} onClick={onEdit}>
            {t('targets.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            aria-label={t('targets.removeNamed', { name: target.name })}
            onClick={onRemove}
          >
            {t('targets.remove')}
          </Button>
        </Group>
      </Group>
      <Stack gap={6}>
        <DetailList
          items={[
            ...details,
            { label: t('targets.remoteFolder'), value: target.remoteFolder || t('targets.rootFolder') },
            { label: t('targets.state'), value: checkText(target.lastCheck, language, t) },
          ]}
        />
        <CredentialNote target={target} status={status} onFix={onEdit} />
        <div role="status" aria-live="polite">
          {test.kind === 'testing' ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('targets.testing')}</Text>
            </Group>
          ) : test.kind === 'done' ? (
            <Text size="sm" fw={500} c={'ok' in test.result ? 'green.9' : 'red.9'}>
              {probeText(test.result, target.remoteFolder, t)}
            </Text>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
