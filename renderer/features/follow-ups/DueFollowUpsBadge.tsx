import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The navigation's count of open follow-ups due today or earlier; nothing when there are none. */
export function DueFollowUpsBadge({ count }: { count: number | undefined }) {
  const { t } = useTranslation('followUps');
  if (!count) return null;
  return (
    <Badge size="sm" variant="filled" color="red" aria-label={t('nav.due', { count })}>
      {count}
    </Badge>
  );
}
