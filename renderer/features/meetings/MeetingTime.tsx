import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '#shared/domain/event';
import { meetingTimeZone, type Meeting } from '#shared/domain/meeting';
import { useMeetingTimeText } from './use-meeting-time';

export interface MeetingTimeProps {
  meeting: Meeting;
  event: EventRecord | null | undefined;
  /** Also show the date (lists outside an agenda day). */
  withDate?: boolean;
}

/**
 * A meeting's date and times in its zone (its own, else its event's), and in the reader's
 * local time too when that differs: "10:00–11:00 (Poland Time) · 11:00–12:00 your time".
 * The zone is named when the reader's clock differs, and when the meeting keeps its own zone
 * inside an event timed in another (a call to Kyiv in a Warsaw programme): otherwise the
 * agenda's reader would take it for the event's time.
 */
export function MeetingTime({ meeting, event, withDate = false }: MeetingTimeProps) {
  const { t } = useTranslation('meetings');
  const { date, meeting: own, local } = useMeetingTimeText(meeting, meetingTimeZone(meeting, event));
  const ownZoneInEvent = Boolean(event && meeting.timeZone && meeting.timeZone !== event.timeZone);
  const range = (local || ownZoneInEvent) && own.zoneName ? t('time.inZone', { range: own.range, zone: own.zoneName }) : own.range;
  return (
    <span>
      <span title={own.zone ? t('time.zoneTitle', { zone: own.zone }) : undefined}>
        {withDate ? t('time.withDate', { date, range }) : range}
      </span>
      {local ? (
        <Text span inherit c="dimmed" title={t('time.localTitle', { zone: local.zone })}>
          {' · '}
          {t('time.local', { range: local.range })}
        </Text>
      ) : null}
    </span>
  );
}
