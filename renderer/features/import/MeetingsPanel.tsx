import { Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../import/import-protocol';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDate } from '../../app/format';
import { useEventOptions } from '../meetings/use-event-options';
import { capped, previewName } from './preview-text';
import { MoreRows } from './PreviewParts';

interface Props {
  preview: ImportPreview;
  eventId: string | null;
  onEvent: (eventId: string | null) => void;
  /** The user tried to import without choosing the event. */
  missingEvent: boolean;
}

/** The meetings of a matchmaking agenda, and the event (required) they are added to. */
export function MeetingsPanel({ preview, eventId, onEvent, missingEvent }: Props) {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  const { options, loaded } = useEventOptions(eventId);
  const { shown, more } = capped(preview.meetings, preview.totals.meetings);

  return (
    <Stack gap="sm">
      <Select
        label={t('meetings.event')}
        description={t('meetings.eventHint')}
        placeholder={t('meetings.eventPlaceholder')}
        data={options}
        value={eventId}
        onChange={onEvent}
        searchable
        required
        maw={520}
        error={missingEvent && !eventId ? t('meetings.eventRequired') : undefined}
      />
      {loaded && options.length === 0 ? <Text size="sm">{t('meetings.noEvents')}</Text> : null}
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.date')}</Table.Th>
              <Table.Th>{t('meetings.time')}</Table.Th>
              <Table.Th>{t('meetings.title')}</Table.Th>
              <Table.Th>{t('meetings.with')}</Table.Th>
              <Table.Th>{t('meetings.place')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((meeting) => (
              <Table.Tr key={meeting.row}>
                <Table.Td>{formatIsoDate(meeting.date, language)}</Table.Td>
                <Table.Td>{[meeting.startTime, meeting.endTime].filter(Boolean).join('–')}</Table.Td>
                <Table.Td>{meeting.title}</Table.Td>
                <Table.Td>
                  {[meeting.person ? previewName(meeting.person, language) : '', meeting.organizationName].filter(Boolean).join(', ')}
                </Table.Td>
                <Table.Td>{meeting.place}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MoreRows count={more} />
    </Stack>
  );
}
