import { Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconEdit } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '#shared/domain/event';
import { pickLocalized } from '#shared/domain/lang';
import { dateInZone } from '#shared/domain/today';
import { countryName, formatIsoDateRange, localTimeZone } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import { useEvent, useEventAgenda } from '../../data/event-queries';
import { NotFound } from '../../components/layout/NotFound';
import { RichTextView } from '../../components/rich-text';
import { MoveToTrashButton } from '../trash/MoveToTrashButton';
import { Agenda } from './agenda/Agenda';
import { newMeetingPath } from './agenda/AgendaDayView';
import { EventFacts } from './EventFacts';
import { EventExportMenu } from '../exports';

export function EventDetailPage() {
  const { id } = useParams();
  const event = useEvent(id);
  if (event === undefined) return <Loader />;
  if (event === null) return <NotFound />;
  return <EventDetail event={event} />;
}

/** A new meeting lands on today if the event is on, else on its first day. */
function defaultMeetingDate(event: EventRecord): string {
  const today = dateInZone(Date.now(), event.timeZone, localTimeZone());
  return today >= event.startDate && today <= event.endDate ? today : event.startDate;
}

function EventDetail({ event }: { event: EventRecord }) {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  const agenda = useEventAgenda(event);
  const name = pickLocalized(event.name, language) || t('unnamed');
  const where = [pickLocalized(event.city, language), countryName(event.country, language)].filter(Boolean).join(', ');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {name}
          </Title>
          <Text c="dimmed">{[t(`kinds.${event.kind}`), formatIsoDateRange(event.startDate, event.endDate, language), where].filter(Boolean).join(' · ')}</Text>
        </div>
        <Group>
          <Button
            component={Link}
            to={newMeetingPath(event.id, defaultMeetingDate(event))}
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            disabled={event.deletedAt !== null}
          >
            {t('detail.addMeeting')}
          </Button>
          <EventExportMenu eventId={event.id} />
          <Button variant="default" component={Link} to={`/events/${event.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
            {t('detail.edit')}
          </Button>
          <MoveToTrashButton kind="events" record={event} name={name} listPath="/events">
            {t('detail.moveToTrash')}
          </MoveToTrashButton>
        </Group>
      </Group>
      {event.deletedAt !== null ? <Badge color="gray">{t('detail.inTrash')}</Badge> : null}
      <EventFacts event={event} contacts={agenda?.contacts} />
      {event.notes ? (
        <Card withBorder component="section" aria-labelledby="event-notes-title">
          <Title order={2} size="h4" id="event-notes-title" mb="xs">
            {t('detail.notes')}
          </Title>
          <RichTextView html={event.notes} />
        </Card>
      ) : null}
      <Agenda event={event} data={agenda} />
    </Stack>
  );
}
