import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '#shared/domain/meeting';

const STATUS_COLOR: Record<MeetingStatus, string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'gray',
  postponed: 'orange',
};

/** A dot of the status colour beside dark text: light badges in green or orange fail WCAG AA contrast. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('events');
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
