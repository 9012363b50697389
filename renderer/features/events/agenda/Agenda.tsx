import { useMemo } from 'react';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '#shared/domain/event';
import type { EventAgendaData } from '../../../data/event-queries';
import { AgendaDayView } from './AgendaDayView';
import { ClashSummary } from './ClashSummary';
import { buildAgendaModel, meetingCount, revealDays } from './agenda-model';
import { useRevealCount } from '../../../components/progressive/use-reveal-count';
import { useAgendaNames } from './use-agenda-names';

/**
 * Meeting cards drawn on opening (more than a laptop window shows below the event's facts),
 * then per task until the programme is complete: about 5 ms of rendering per card.
 */
export const AGENDA_FIRST_SCREEN = 6;
const AGENDA_STEP = 8;

/** An event's whole programme, day by day, with its clashes counted at the top. */
export function Agenda({ event, data }: { event: EventRecord; data: EventAgendaData | undefined }) {
  const { t } = useTranslation('events');
  const model = useMemo(() => (data ? buildAgendaModel(event, data) : undefined), [event, data]);
  const names = useAgendaNames(data);
  const revealed = useRevealCount(model ? meetingCount(model.days) : 0, AGENDA_FIRST_SCREEN, AGENDA_STEP, event.id);
  const days = useMemo(() => (model ? revealDays(model.days, revealed) : []), [model, revealed]);

  return (
    <Stack gap="md" component="section" aria-labelledby="agenda-title">
      <Title order={2} size="h3" id="agenda-title">
        {t('agenda.title')}
      </Title>
      {!model ? (
        <Loader size="sm" />
      ) : (
        <>
          <ClashSummary count={model.clashCount} complete={data?.outsideChecked ?? false} />
          {model.days.length === 0 ? (
            <Text c="dimmed">{t('agenda.empty')}</Text>
          ) : (
            days.map((day) => <AgendaDayView key={day.date} day={day} event={event} model={model} names={names} />)
          )}
        </>
      )}
    </Stack>
  );
}
