import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventList } from '../../data/event-queries';
import { useUiStore } from '../../app/ui-store';
import { RecordListPage } from '../../components/record-table/RecordListPage';
import { useListLabels } from '../../components/record-table/use-list-labels';
import { eventSearchText, toEventRow } from './event-rows';
import { EVENT_COLUMNS, EVENTS_DEFAULT_LAYOUT } from './events.columns';

export function EventsPage() {
  const { t } = useTranslation('events');
  const language = useUiStore((state) => state.language);
  const list = useEventList();

  const rows = useMemo(
    () => list?.events.map((event) => toEventRow(event, list.meetingCounts.get(event.id) ?? 0, language, t)),
    [list, language, t],
  );

  const labels = useListLabels('events');

  return (
    <RecordListPage
      basePath="/events"
      tableId="events"
      {...labels}
      rows={rows}
      columns={EVENT_COLUMNS}
      defaultLayout={EVENTS_DEFAULT_LAYOUT}
      searchTextOf={eventSearchText}
      complete
    />
  );
}
