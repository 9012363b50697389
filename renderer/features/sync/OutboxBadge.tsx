import { Badge } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The navigation's count of files waiting in the outbox; nothing when none wait. */
export function OutboxBadge({ count }: { count: number | undefined }) {
  const { t } = useTranslation('sync');
  if (!count) return null;
  return (
    <Badge size="sm" variant="light" color="blue" c="bright" aria-label={t('outbox.waiting', { count })}>
      {count}
    </Badge>
  );
}

/**
 * The same count in the header, where it stays in sight when the navigation is folded away (on
 * a phone) and next to the network state it depends on; a link to the outbox.
 */
export function OutboxHeaderBadge({ count }: { count: number | undefined }) {
  const { t } = useTranslation('sync');
  if (!count) return null;
  const label = t('outbox.waiting', { count });
  return (
    <Badge
      component={Link}
      to="/outbox"
      variant="light"
      color="blue"
      c="bright"
      style={{ cursor: 'pointer' }}
      leftSection={<IconSend size={14} aria-hidden />}
      aria-label={label}
      title={label}
    >
      {count}
    </Badge>
  );
}
