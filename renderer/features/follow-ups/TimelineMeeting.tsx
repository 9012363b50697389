import { memo } from 'react';
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import { pickLocalized } from '#shared/domain/lang';
import type { TimelineEntry } from '../../data/timeline-reads';
import { useUiStore } from '../../app/ui-store';
import { MeetingStatusBadge, MeetingTime } from '../meetings';
import { DueDate } from './DueDate';
import { usePersonName } from './use-person-name';

interface Props {
  entry: TimelineEntry;
  owners: ReadonlyMap<string, Contact>;
  today: string;
}

/** One meeting on a timeline: when, what, at which event, how it went and what is still open. Memoized: a timeline draws in steps. */
export const TimelineMeeting = memo(function TimelineMeeting({ entry: { meeting, event, openFollowUps }, owners, today }: Props) {
  const { t } = useTranslation('timeline');
  const language = useUiStore((state) => state.language);
  const nameOf = usePersonName();

  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600}>
          {pickLocalized(meeting.title, language) || t('untitled')}
        </Anchor>
        <MeetingStatusBadge status={meeting.status} size="sm" />
      </Group>
      <Text size="sm" c="dimmed">
        <MeetingTime meeting={meeting} event={event} withDate />
      </Text>
      {event ? (
        <Text size="sm">
          <Text span inherit c="dimmed">
            {t('event')}
            {': '}
          </Text>
          <Anchor component={Link} to={`/events/${event.id}`} inherit>
            {pickLocalized(event.name, language)}
          </Anchor>
        </Text>
      ) : null}
      {meeting.outcomes.trim() ? (
        <div>
          <Text size="sm" fw={600}>
            {t('outcomes')}
          </Text>
          <Text size="sm" className="pre-wrap">
            {meeting.outcomes.trim()}
          </Text>
        </div>
      ) : null}
      {openFollowUps.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            {t('openFollowUps')}
          </Text>
          <List size="sm" spacing={4}>
            {openFollowUps.map((followUp) => (
              <List.Item key={followUp.id}>
                <Text size="sm" className="pre-wrap">
                  {followUp.what}
                </Text>
                <Group gap={6} wrap="wrap" align="baseline">
                  <Text span size="sm" c="dimmed">
                    {nameOf(owners.get(followUp.ownerId))}
                  </Text>
                  <Text span size="sm" c="dimmed" aria-hidden>
                    {'·'}
                  </Text>
                  <DueDate followUp={followUp} today={today} layout="inline" />
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </Stack>
  );
});
