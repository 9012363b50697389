import { createColumnHelper } from '@tanstack/react-table';
import { compareKeys, DateTimeCell } from '../../components/record-table/cells';
import { compareText, type RecordColumn, type RecordTableFeatures } from '../../components/record-table/table-features';
import type { TableLayout } from '../../app/ui-store';
import { useUiStore } from '../../app/ui-store';
import { formatNumber } from '../../app/format';
import type { EventRow } from './event-rows';

const column = createColumnHelper<RecordTableFeatures, EventRow>();

const textColumn = (id: 'kind' | 'city' | 'country' | 'venue', width = 140) =>
  column.accessor(id, {
    id,
    filterFn: 'foldedIncludes',
    sortFn: (a, b) => compareText(a.original[id], b.original[id]),
    meta: { label: (t) => t(`columns.${id}`, { ns: 'events' }), filterable: true, width },
  });

function CountCell({ value }: { value: number }) {
  const language = useUiStore((state) => state.language);
  return <>{formatNumber(value, language)}</>;
}

export const EVENT_COLUMNS = [
  column.accessor('name', {
    id: 'name',
    filterFn: 'foldedIncludes',
    // Stored collation keys order names as Intl.Collator('uk') would, without a collator per comparison.
    sortFn: (a, b) => compareKeys(a.original.sortKey, b.original.sortKey),
    enableHiding: false,
    meta: { label: (t) => t('columns.name', { ns: 'events' }), filterable: true, width: 320 },
  }),
  column.accessor('dates', {
    id: 'dates',
    filterFn: 'foldedIncludes',
    // ISO dates sort as strings; the end date breaks ties so the shorter event comes first.
    sortFn: (a, b) => compareKeys(a.original.startDate, b.original.startDate) || compareKeys(a.original.endDate, b.original.endDate),
    meta: { label: (t) => t('columns.dates', { ns: 'events' }), filterable: true, width: 160 },
  }),
  textColumn('kind', 130),
  textColumn('city', 110),
  textColumn('country', 110),
  textColumn('venue', 160),
  column.accessor('meetings', {
    id: 'meetings',
    cell: (info) => <CountCell value={info.getValue()} />,
    sortFn: (a, b) => a.original.meetings - b.original.meetings,
    enableColumnFilter: false,
    meta: { label: (t) => t('columns.meetings', { ns: 'events' }), filterable: false, width: 90 },
  }),
  column.accessor('updatedAt', {
    id: 'updatedAt',
    cell: (info) => <DateTimeCell value={info.getValue()} />,
    sortFn: (a, b) => a.original.updatedAt - b.original.updatedAt,
    enableColumnFilter: false,
    meta: { label: (t) => t('columns.updatedAt', { ns: 'events' }), filterable: false, width: 150 },
  }),
] as RecordColumn<EventRow>[];

/** Newest first: the delegation mostly works on the coming or latest event. */
export const EVENTS_DEFAULT_LAYOUT: Partial<TableLayout> = {
  sorting: [{ id: 'dates', desc: true }],
  columnVisibility: { venue: false, updatedAt: false },
};
