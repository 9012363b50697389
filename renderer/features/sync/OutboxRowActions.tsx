import { Button, Stack, Text } from '@mantine/core';
import { IconFilePlus, IconRefresh, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { renamedFileName } from '#shared/outbox/outbox-item';
import type { OutboxListItem } from '../../data/outbox-repository';
import { rowActions, type OutboxRowAction } from './outbox-actions';

interface Props {
  item: OutboxListItem;
  busy: boolean;
  onAction: (item: OutboxListItem, action: OutboxRowAction) => void;
}

/** The buttons an item's state allows: retry, send under the next free name (shown), cancel. */
export function OutboxRowActions({ item, busy, onAction }: Props) {
  const { t } = useTranslation('sync');
  const actions = rowActions(item);
  if (actions.length === 0) return null;
  const newNameId = `outbox-new-name-${item.id}`;
  return (
    <Stack gap={4} align="flex-start">
      {actions.map((action) =>
        action === 'retry' ? (
          <Button key={action} size="compact-sm" variant="light" disabled={busy} leftSection={<IconRefresh size={14} aria-hidden />} aria-label={t('outbox.retryNamed', { name: item.fileName })} onClick={() => onAction(item, action)}>
            {t('outbox.retry')}
          </Button>
        ) : action === 'sendUnderNewName' ? (
          <Stack key={action} gap={2} align="flex-start">
            <Button size="compact-sm" variant="light" color="orange" c="bright" disabled={busy} leftSection={<IconFilePlus size={14} aria-hidden />} aria-describedby={newNameId} onClick={() => onAction(item, action)}>
              {t('outbox.sendUnderNewName')}
            </Button>
            <Text id={newNameId} size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {t('outbox.newName', { name: renamedFileName(item) })}
            </Text>
          </Stack>
        ) : (
          <Button key={action} size="compact-sm" variant="subtle" color="gray" disabled={busy} leftSection={<IconX size={14} aria-hidden />} aria-label={t('outbox.cancelNamed', { name: item.fileName })} onClick={() => onAction(item, action)}>
            {t('outbox.cancel')}
          </Button>
        ),
      )}
    </Stack>
  );
}
