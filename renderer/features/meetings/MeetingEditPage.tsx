import { Loader } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { emptyMeetingInput, toMeetingInput, type MeetingInput } from '#shared/domain/meeting';
import { isoDate } from '#shared/domain/fields';
import { pickLocalized } from '#shared/domain/lang';
import { useEventRecord, useMeeting } from '../../data/meeting-queries';
import { useWorkspace } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { localTimeZone } from '../../app/format';
import { RecordEditor } from '../../components/record-form/RecordEditor';
import { NotFound } from '../../components/layout/NotFound';
import { MeetingForm } from './MeetingForm';
import { meetingFormSchema } from './meeting-form-schema';

export function MeetingEditPage() {
  const { id } = useParams();
  const meeting = useMeeting(id);
  if (meeting === undefined) return <Loader />;
  if (meeting === null) return <NotFound />;
  return <MeetingEditor key={meeting.id} id={meeting.id} initialValues={toMeetingInput(meeting)} />;
}

/**
 * `?eventId=` and `?date=` pre-fill the event (with its venue and zone) and the day, as when
 * adding a meeting from an event's agenda.
 */
export function MeetingCreatePage() {
  const [params] = useSearchParams();
  const eventId = params.get('eventId');
  const event = useEventRecord(eventId);
  if (event === undefined) return <Loader />;
  const date = params.get('date') ?? '';
  const initialValues: MeetingInput = {
    ...emptyMeetingInput(),
    eventId: event?.id ?? null,
    date: isoDate.safeParse(date).success ? date : (event?.startDate ?? ''),
    // Without an event the meeting is in its own zone; this computer's is the likeliest.
    timeZone: event ? '' : localTimeZone(),
    place: { ...emptyMeetingInput().place, venue: event?.venue ?? '' },
  };
  return <MeetingEditor id={null} initialValues={initialValues} />;
}

function MeetingEditor({ id, initialValues }: { id: string | null; initialValues: MeetingInput }) {
  const { t } = useTranslation('meetings');
  const language = useUiStore((state) => state.language);
  const { meetings } = useWorkspace();
  return (
    <RecordEditor
      id={id}
      initialValues={initialValues}
      schema={meetingFormSchema}
      draftPrefix="meeting"
      basePath="/meetings"
      create={meetings.create}
      update={meetings.update}
      title={(values) => (id ? t('edit.title', { title: pickLocalized(values.title, language) || t('untitled') }) : t('edit.newTitle'))}
      renderFields={(form) => <MeetingForm form={form} />}
    />
  );
}
