import { createColumnHelper } from '@tanstack/react-table';
import { compareKeys, DateTimeCell } from '../../components/record-table/cells';
import { compareText, type RecordColumn, type RecordTableFeatures } from '../../components/record-table/table-features';
import type { TableLayout } from '../../app/ui-store';
import type { ContactRow } from './contact-rows';

const column = createColumnHelper<RecordTableFeatures, ContactRow>();

const textColumn = (id: 'position' | 'organization' | 'country' | 'city' | 'email' | 'phone' | 'tags', width = 160) =>
  column.accessor(id, {
    id,
    filterFn: 'foldedIncludes',
    sortFn: (a, b) => compareText(a.original[id], b.original[id]),
    meta: { label: (t) => t(`columns.${id}`, { ns: 'contacts' }), filterable: true, width },
  });

export const CONTACT_COLUMNS = [
  column.accessor('name', {
    id: 'name',
    filterFn: 'foldedIncludes',
    // Stored collation keys order names as Intl.Collator('uk') would, without a collator per comparison.
    sortFn: (a, b) => compareKeys(a.original.sortKey, b.original.sortKey),
    enableHiding: false,
    meta: { label: (t) => t('columns.name', { ns: 'contacts' }), filterable: true, width: 200 },
  }),
  textColumn('position', 200),
  textColumn('organization', 200),
  textColumn('country', 120),
  textColumn('city', 120),
  textColumn('email', 180),
  textColumn('phone', 140),
  textColumn('tags', 140),
  column.accessor('updatedAt', {
    id: 'updatedAt',
    cell: (info) => <DateTimeCell value={info.getValue()} />,
    sortFn: (a, b) => a.original.updatedAt - b.original.updatedAt,
    enableColumnFilter: false,
    meta: { label: (t) => t('columns.updatedAt', { ns: 'contacts' }), filterable: false, width: 150 },
  }),
] as RecordColumn<ContactRow>[];

export const CONTACTS_DEFAULT_LAYOUT: Partial<TableLayout> = {
  sorting: [{ id: 'name', desc: false }],
  columnVisibility: { phone: false, tags: false, updatedAt: false },
};
