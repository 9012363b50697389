import { ActionIcon, Badge, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '#shared/domain/event';
import { datesBetween, type AgendaDay } from '#shared/domain/agenda';
import { formatIsoDate } from '../../../app/format';
import { useUiStore } from '../../../app/ui-store';
import { AgendaMeetingCard, type MeetingHighlight } from './AgendaMeetingCard';
import type { AgendaModel } from './agenda-model';
import type { AgendaNames } from './use-agenda-names';

interface Props {
  day: AgendaDay;
  event: EventRecord;
  model: AgendaModel;
  names: AgendaNames;
  highlightOf?: (meetingId: string) => MeetingHighlight;
}

const NO_CLASHES: readonly never[] = [];

/** "/meetings/new" for a day of an event: the meeting form starts on that event and date. */
export function newMeetingPath(eventId: string, date: string): string {
  return `/meetings/new?${new URLSearchParams({ eventId, date }).toString()}`;
}

/** "вівторок, 17 листопада" starts a heading as "Вівторок, 17 листопада". */
function capitalizeFirst(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** One day of an agenda: its date with the weekday in the UI language, then its meetings in time order. */
export function AgendaDayView({ day, event, model, names, highlightOf }: Props) {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  const headingId = `agenda-day-${day.date}`;
  const dateText = capitalizeFirst(formatIsoDate(day.date, language, 'full'), language);
  const dayNumber = day.inEvent ? datesBetween(event.startDate, day.date).length : null;

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {dateText}
          </Title>
          {dayNumber !== null ? (
            <Badge variant="light" color="gray" size="sm" tt="none">
              {t('agenda.dayNumber', { number: dayNumber })}
            </Badge>
          ) : (
            <Badge variant="dot" color="orange" size="sm" tt="none">
              {t('agenda.outsideEvent')}
            </Badge>
          )}
        </Group>
        <Tooltip label={t('agenda.addMeetingOn', { date: dateText })}>
          <ActionIcon
            component={Link}
            to={newMeetingPath(event.id, day.date)}
            variant="subtle"
            aria-label={t('agenda.addMeetingOn', { date: dateText })}
          >
            <IconPlus size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      {day.meetings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agenda.noMeetings')}
        </Text>
      ) : (
        day.meetings.map((meeting) => (
          <AgendaMeetingCard
            key={meeting.id}
            meeting={meeting}
            event={event}
            zone={model.zoneOf(meeting)}
            clashes={model.clashNotes.get(meeting.id) ?? NO_CLASHES}
            names={names}
            highlight={highlightOf?.(meeting.id) ?? null}
          />
        ))
      )}
    </Stack>
  );
}
