import { useMemo } from 'react';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '#shared/domain/event';
import type { EventAgendaData } from '../../../data/event-queries';
import { AgendaDayView } from './AgendaDayView';
import { ClashSummary } from './ClashSummary';
import { buildAgendaModel } from './agenda-model';
import { useAgendaNames } from './use-agenda-names';

/** An event's whole programme, day by day, with its clashes counted at the top. */
export function Agenda({ event, data }: { event: EventRecord; data: EventAgendaData | undefined }) {
  const { t } = useTranslation('events');
  const model = useMemo(() => (data ? buildAgendaModel(event, data) : undefined), [event, data]);
  const names = useAgendaNames(data);

  return (
    <Stack gap="md" component="section" aria-labelledby="agenda-title">
      <Title order={2} size="h3" id="agenda-title">
        {t('agenda.title')}
      </Title>
      {!model ? (
        <Loader size="sm" />
      ) : (
        <>
          <ClashSummary count={model.clashCount} />
          {model.days.length === 0 ? (
            <Text c="dimmed">{t('agenda.empty')}</Text>
          ) : (
            model.days.map((day) => <AgendaDayView key={day.date} day={day} event={event} model={model} names={names} />)
          )}
        </>
      )}
    </Stack>
  );
}
