import { Badge, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '#shared/domain/meeting';

/** The colour of each status: badge dots, timeline bullets. */
export const MEETING_STATUS_COLOR: Readonly<Record<MeetingStatus, string>> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'gray',
  postponed: 'orange',
};

/** A dot of the status's colour beside dark text: coloured text on a tint would be too faint to read (WCAG AA). */
export function MeetingStatusBadge({ status, size }: { status: MeetingStatus; size?: MantineSize }) {
  const { t } = useTranslation('meetings');
  return (
    <Badge size={size} variant="dot" color={MEETING_STATUS_COLOR[status]} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
