import { Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { emptyEventInput, eventInputSchema, toEventInput, type EventInput } from '#shared/domain/event';
import { pickLocalized } from '#shared/domain/lang';
import { preferredZoneName } from '#shared/time/time-zones';
import { useEvent } from '../../data/event-queries';
import { useWorkspace } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { localTimeZone } from '../../app/format';
import { RecordEditor } from '../../components/record-form/RecordEditor';
import { NotFound } from '../../components/layout/NotFound';
import { EventForm } from './EventForm';

export function EventEditPage() {
  const { id } = useParams();
  const event = useEvent(id);
  if (event === undefined) return <Loader />;
  if (event === null) return <NotFound />;
  return <EventEditor key={event.id} id={event.id} initialValues={toEventInput(event)} />;
}

/** A new event is timed, until changed, on the clock of the computer it is planned on. */
function newEventInput(): EventInput {
  return { ...emptyEventInput(), timeZone: preferredZoneName(localTimeZone()) };
}

export function EventCreatePage() {
  return <EventEditor id={null} initialValues={newEventInput()} />;
}

function EventEditor({ id, initialValues }: { id: string | null; initialValues: EventInput }) {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  const { events } = useWorkspace();
  return (
    <RecordEditor
      id={id}
      initialValues={initialValues}
      schema={eventInputSchema}
      draftPrefix="event"
      basePath="/events"
      create={events.create}
      update={events.update}
      title={(values) => (id ? t('edit.title', { name: pickLocalized(values.name, language) || t('unnamed') }) : t('edit.newTitle'))}
      renderFields={(form) => <EventForm form={form} />}
    />
  );
}
