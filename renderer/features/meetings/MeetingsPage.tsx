import { useCallback, useMemo } from 'react';
import { Button, Loader } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '#shared/domain/meeting';
import { meetingFilterPredicate, pruneMeetingFilter } from '#shared/domain/meeting-filter';
import { useLiveContacts, useLiveOrganizations } from '../../data/live-queries';
import { useLiveEventChoices, useLiveMeetings, useTopics } from '../../data/meeting-queries';
import { useUiStore } from '../../app/ui-store';
import { PageHeader } from '../../components/layout/PageHeader';
import { RecordTable } from '../../components/record-table/RecordTable';
import { useListLabels } from '../../components/record-table/use-list-labels';
import { EmptyWorkspace } from '../sample/EmptyWorkspace';
import { MeetingsReportButton } from '../exports';
import { MeetingFilters } from './MeetingFilters';
import { filterChoices, meetingFilterOptions } from './meeting-filter-options';
import { meetingSearchText, toMeetingRow, type MeetingRow } from './meeting-rows';
import { MEETING_COLUMNS, MEETINGS_DEFAULT_LAYOUT } from './meetings.columns';

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));

export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const language = useUiStore((state) => state.language);
  const storedFilter = useUiStore((state) => state.meetingFilter);
  const setMeetingFilter = useUiStore((state) => state.setMeetingFilter);
  const clearMeetingFilter = useUiStore((state) => state.clearMeetingFilter);
  const meetings = useLiveMeetings();
  const events = useLiveEventChoices(language);
  const contacts = useLiveContacts(language);
  const organizations = useLiveOrganizations(language);
  const topics = useTopics();
  const { title, newLabel, emptyMessage, countLabel } = useListLabels('meetings');
  const navigate = useNavigate();
  const open = useCallback((row: MeetingRow) => navigate(`/meetings/${row.id}`), [navigate]);

  const organizationsById = useMemo(() => (organizations ? byId(organizations) : undefined), [organizations]);

  const rowContext = useMemo(
    () =>
      events && contacts && organizationsById && topics
        ? {
            language,
            events: byId(events),
            contacts: byId(contacts),
            organizations: organizationsById,
            topics: byId(topics),
            statusLabel: (status: MeetingStatus) => t(`status.${status}`),
            untitled: t('untitled'),
          }
        : undefined,
    [events, contacts, organizationsById, topics, language, t],
  );
  const allRows = useMemo(
    () => (meetings && rowContext ? meetings.map((meeting) => toMeetingRow(meeting, rowContext)) : undefined),
    [meetings, rowContext],
  );

  const options = useMemo(
    () =>
      meetings && events && organizationsById && topics
        ? meetingFilterOptions({ meetings, events, organizations: organizationsById, topics }, language)
        : undefined,
    [meetings, events, organizationsById, topics, language],
  );

  // A remembered filter may name an event or organization that has gone since.
  const filter = useMemo(() => (options ? pruneMeetingFilter(storedFilter, filterChoices(options)) : storedFilter), [options, storedFilter]);

  const rows = useMemo(() => {
    const matches = meetingFilterPredicate(filter, (id) => organizationsById?.get(id)?.country ?? '');
    return matches && allRows ? allRows.filter((row) => matches(row.record)) : allRows;
  }, [allRows, filter, organizationsById]);

  // The count is out of every meeting, not only those the filters above let through.
  const total = allRows?.length ?? 0;
  const count = useCallback((shown: number) => countLabel(shown, total), [countLabel, total]);

  const newButton = (
    <Button component={Link} to="/meetings/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {newLabel}
    </Button>
  );

  return (
    <div className="page page--fill">
      <PageHeader title={title} />
      {!rows || !options ? (
        <Loader />
      ) : total === 0 ? (
        <EmptyWorkspace message={emptyMessage} action={newButton} />
      ) : (
        <>
          <MeetingFilters filter={filter} options={options} onChange={setMeetingFilter} onClear={clearMeetingFilter} />
          <RecordTable
            tableId="meetings"
            label={title}
            rows={rows}
            columns={MEETING_COLUMNS}
            defaultLayout={MEETINGS_DEFAULT_LAYOUT}
            countLabel={count}
            onOpen={open}
            toolbar={
              <>
                <MeetingsReportButton dateFrom={filter.dateFrom} dateTo={filter.dateTo} />
                {newButton}
              </>
            }
            searchTextOf={meetingSearchText}
            complete
          />
        </>
      )}
    </div>
  );
}
