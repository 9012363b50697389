import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '#shared/domain/meeting';

export const STATUS_COLOR: Record<MeetingStatus, string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'gray',
  postponed: 'orange',
};

/** A dot of the status's colour beside dark text: coloured text on a tint would be too faint to read (WCAG AA). */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
