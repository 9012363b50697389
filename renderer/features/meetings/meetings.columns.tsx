import { createColumnHelper } from '@tanstack/react-table';
import { compareKeys } from '../../components/record-table/cells';
import { compareText, type RecordColumn, type RecordTableFeatures } from '../../components/record-table/table-features';
import type { TableLayout } from '../../app/ui-store';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import type { MeetingRow } from './meeting-rows';

const column = createColumnHelper<RecordTableFeatures, MeetingRow>();

/** `filterable`: a text filter in the header; the event, organization, country and topic have theirs above the table. */
const textColumn = (id: 'title' | 'event' | 'people' | 'organizations' | 'country' | 'topics', width: number, filterable = false) =>
  column.accessor(id, {
    id,
    filterFn: 'foldedIncludes',
    enableColumnFilter: filterable,
    sortFn: (a, b) => compareText(a.original[id], b.original[id]),
    meta: { label: (t) => t(`columns.${id}`, { ns: 'meetings' }), filterable, width },
  });

export const MEETING_COLUMNS = [
  column.accessor('date', {
    id: 'date',
    // By date and start time, so a day's meetings keep programme order.
    sortFn: (a, b) => compareKeys(a.original.scheduleKey, b.original.scheduleKey) || compareKeys(a.original.id, b.original.id),
    enableColumnFilter: false,
    meta: { label: (t) => t('columns.date', { ns: 'meetings' }), filterable: false, width: 100 },
  }),
  column.accessor('time', {
    id: 'time',
    sortFn: (a, b) => compareKeys(a.original.record.startTime, b.original.record.startTime),
    enableColumnFilter: false,
    meta: { label: (t) => t('columns.time', { ns: 'meetings' }), filterable: false, width: 95 },
  }),
  { ...textColumn('title', 175, true), enableHiding: false },
  column.accessor('statusLabel', {
    id: 'status',
    cell: (info) => <MeetingStatusBadge status={info.row.original.status} />,
    enableColumnFilter: false,
    sortFn: (a, b) => compareText(a.original.statusLabel, b.original.statusLabel),
    meta: { label: (t) => t('columns.status', { ns: 'meetings' }), filterable: false, width: 150 },
  }),
  textColumn('event', 125),
  textColumn('people', 135, true),
  textColumn('organizations', 140),
  textColumn('country', 100),
  textColumn('topics', 150),
] as RecordColumn<MeetingRow>[];

export const MEETINGS_DEFAULT_LAYOUT: Partial<TableLayout> = {
  sorting: [{ id: 'date', desc: true }],
  columnVisibility: { topics: false },
};
