import { useState } from 'react';
import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncTarget } from '#shared/sync/sync-target';
import { useSyncTargets } from '../../data/outbox-queries';
import { RemoveTargetDialog } from './RemoveTargetDialog';
import { SyncTargetDialog } from './SyncTargetDialog';
import { SyncTargetItem } from './SyncTargetItem';

type Dialog = { kind: 'edit'; target: SyncTarget | null } | { kind: 'remove'; target: SyncTarget } | null;

/** The Settings card of sync targets: each one's state and password note, test, edit, remove, add. */
export function SyncTargetsSettings() {
  const { t } = useTranslation('sync');
  const targets = useSyncTargets();
  const [dialog, setDialog] = useState<Dialog>(null);
  // Bumped after each save, so every target asks the shell again where its password is kept.
  const [credentialsRevision, setCredentialsRevision] = useState(0);

  return (
    <Card withBorder component="section" aria-labelledby="settings-sync-targets">
      <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
        <Title order={2} size="h4" id="settings-sync-targets">
          {t('targets.title')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setDialog({ kind: 'edit', target: null })}>
          {t('targets.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('targets.intro')}
      </Text>
      {!targets ? (
        <Loader size="sm" />
      ) : targets.length === 0 ? (
        <Text size="sm">{t('targets.empty')}</Text>
      ) : (
        <Stack gap="sm">
          {targets.map((target) => (
            <SyncTargetItem
              key={target.id}
              target={target}
              credentialsRevision={credentialsRevision}
              onEdit={() => setDialog({ kind: 'edit', target })}
              onRemove={() => setDialog({ kind: 'remove', target })}
            />
          ))}
        </Stack>
      )}
      {dialog?.kind === 'edit' ? (
        <SyncTargetDialog
          target={dialog.target}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setCredentialsRevision((n) => n + 1);
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'remove' ? <RemoveTargetDialog target={dialog.target} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
