import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxState } from '#shared/outbox/outbox-item';
import type { OutboxListItem } from '../../data/outbox-repository';
import { formatDateTime } from '../../app/format';
import { useUiStore } from '../../app/ui-store';

const COLORS: Readonly<Record<OutboxState, string>> = {
  queued: 'blue',
  sending: 'blue',
  sent: 'green',
  failed: 'red',
  conflict: 'orange',
  cancelled: 'gray',
};

/** An item's state, with why it failed, when it is tried next, or when it arrived. */
export function OutboxStateCell({ item }: { item: OutboxListItem }) {
  const { t } = useTranslation('sync');
  const language = useUiStore((state) => state.language);
  const lines: string[] = [];
  if (item.state === 'sent' && item.sentAt !== null) lines.push(t('outbox.sentAt', { time: formatDateTime(item.sentAt, language) }));
  if (item.state === 'conflict') lines.push(t('outbox.conflictHint'));
  // A queued item with an error is one waiting out its backoff: say why, like a failed one.
  if ((item.state === 'failed' || item.state === 'queued') && item.lastError && item.lastError.code !== 'syncConflict') {
    lines.push(t(item.lastError.code, { ns: 'errors' }));
  }
  if ((item.state === 'failed' || item.state === 'queued') && item.nextAttemptAt !== null && item.lastError) {
    lines.push(t('outbox.nextAttempt', { time: formatDateTime(item.nextAttemptAt, language) }));
  }

  return (
    <Stack gap={2} align="flex-start">
      <Badge size="sm" variant="light" color={COLORS[item.state]} c="bright" tt="none" style={{ flexShrink: 0 }}>
        {t(`outbox.state.${item.state}`)}
      </Badge>
      {lines.map((line) => (
        <Text key={line} size="xs" c="dimmed" maw={360}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}
