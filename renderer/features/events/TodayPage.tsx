import { useMemo } from 'react';
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconListDetails, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '#shared/domain/event';
import { pickLocalized } from '#shared/domain/lang';
import { dayToShow, nowAndNext, pickCurrentEvent, type CurrentEvent } from '#shared/domain/today';
import type { TimedMeeting } from '#shared/domain/agenda';
import { countryName, formatIsoDate, formatIsoDateRange, localTimeZone } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import { useEventAgenda, useLiveEvents } from '../../data/event-queries';
import { PageHeader } from '../../components/layout/PageHeader';
import { AgendaDayView } from './agenda/AgendaDayView';
import { ClashSummary } from './agenda/ClashSummary';
import { buildAgendaModel, clashCountOn } from './agenda/agenda-model';
import { useAgendaNames } from './agenda/use-agenda-names';
import { useNow } from './use-now';

/** The event the delegation is at today (or going to next), with the day's programme. */
export function TodayPage() {
  const { t } = useTranslation('events');
  const events = useLiveEvents();
  const now = useNow();
  const current = useMemo(() => (events ? pickCurrentEvent(events, now, localTimeZone()) : undefined), [events, now]);

  return (
    <div className="page">
      <PageHeader title={t('today.title')} />
      {current === undefined ? <Loader /> : current === null ? <NoEvent /> : <TodayAtEvent current={current} now={now} />}
    </div>
  );
}

function NoEvent() {
  const { t } = useTranslation('events');
  return (
    <Card withBorder maw={640} component="section" aria-labelledby="today-none-title">
      <Title order={2} size="h4" id="today-none-title" mb="xs">
        {t('today.noneTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('today.noneBody')}
      </Text>
      <Group>
        <Button component={Link} to="/events/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('today.createEvent')}
        </Button>
        <Button component={Link} to="/events" variant="default" leftSection={<IconCalendarEvent size={16} aria-hidden />}>
          {t('today.allEvents')}
        </Button>
      </Group>
    </Card>
  );
}

function TodayAtEvent({ current, now }: { current: CurrentEvent<EventRecord>; now: number }) {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  const { event, status, today } = current;
  const data = useEventAgenda(event);
  const model = useMemo(() => (data ? buildAgendaModel(event, data) : undefined), [event, data]);
  const names = useAgendaNames(data);
  const shown = model ? dayToShow(model.days, today) : null;
  const highlights = useMemo(() => {
    if (!model || !shown) return null;
    const timed = shown.day.meetings.flatMap((meeting) => model.timed.get(meeting.id) ?? ([] as TimedMeeting[]));
    return nowAndNext(timed, now);
  }, [model, shown, now]);

  const name = pickLocalized(event.name, language) || t('unnamed');
  const where = [event.venue, pickLocalized(event.city, language), countryName(event.country, language)].filter(Boolean).join(', ');
  const when =
    status === 'current'
      ? t('today.current', { dates: formatIsoDateRange(event.startDate, event.endDate, language) })
      : t('today.upcoming', { date: formatIsoDate(event.startDate, language, 'long') });

  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="today-event-title">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h3" id="today-event-title">
              <Anchor component={Link} to={`/events/${event.id}`} inherit>
                {name}
              </Anchor>
            </Title>
            <Text c="dimmed" size="sm">
              {when}
            </Text>
            {where ? (
              <Text c="dimmed" size="sm">
                {where}
              </Text>
            ) : null}
          </div>
          <Button component={Link} to={`/events/${event.id}`} variant="light" leftSection={<IconListDetails size={16} aria-hidden />}>
            {t('today.fullAgenda')}
          </Button>
        </Group>
      </Card>
      {!model ? (
        <Loader size="sm" />
      ) : !shown ? (
        <Text c="dimmed">{t('today.noMoreMeetings')}</Text>
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="today-day-title">
          {status === 'current' && !shown.isToday ? (
            <Alert color="gray" variant="light">
              {t('today.nothingToday')}
            </Alert>
          ) : null}
          <Title order={2} size="h4" id="today-day-title">
            {shown.isToday ? t('today.todayHeading') : t('today.nextDayHeading')}
          </Title>
          <ClashSummary count={clashCountOn(shown.day, model)} complete={data?.outsideChecked ?? false} />
          <AgendaDayView
            day={shown.day}
            event={event}
            model={model}
            names={names}
            highlightOf={(id) => (highlights?.nowIds.has(id) ? 'now' : highlights?.nextIds.has(id) ? 'next' : null)}
          />
        </Stack>
      )}
    </Stack>
  );
}
