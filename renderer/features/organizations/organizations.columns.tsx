import { createColumnHelper } from '@tanstack/react-table';
import { compareKeys, DateTimeCell } from '../../components/record-table/cells';
import { compareText, type RecordColumn, type RecordTableFeatures } from '../../components/record-table/table-features';
import type { TableLayout } from '../../app/ui-store';
import type { OrganizationRow } from './organization-rows';

const column = createColumnHelper<RecordTableFeatures, OrganizationRow>();

const textColumn = (id: 'shortName' | 'kind' | 'country' | 'city' | 'parent' | 'website' | 'tags', width = 150) =>
  column.accessor(id, {
    id,
    filterFn: 'foldedIncludes',
    sortFn: (a, b) => compareText(a.original[id], b.original[id]),
    meta: { label: (t) => t(`columns.${id}`, { ns: 'organizations' }), filterable: true, width },
  });

export const ORGANIZATION_COLUMNS = [
  column.accessor('name', {
    id: 'name',
    filterFn: 'foldedIncludes',
    sortFn: (a, b) => compareKeys(a.original.sortKey, b.original.sortKey),
    enableHiding: false,
    meta: { label: (t) => t('columns.name', { ns: 'organizations' }), filterable: true, width: 260 },
  }),
  textColumn('shortName', 120),
  textColumn('kind', 150),
  textColumn('country', 120),
  textColumn('city', 120),
  textColumn('parent', 200),
  textColumn('website', 180),
  textColumn('tags', 140),
  column.accessor('updatedAt', {
    id: 'updatedAt',
    cell: (info) => <DateTimeCell value={info.getValue()} />,
    sortFn: (a, b) => a.original.updatedAt - b.original.updatedAt,
    enableColumnFilter: false,
    meta: { label: (t) => t('columns.updatedAt', { ns: 'organizations' }), filterable: false, width: 150 },
  }),
] as RecordColumn<OrganizationRow>[];

export const ORGANIZATIONS_DEFAULT_LAYOUT: Partial<TableLayout> = {
  sorting: [{ id: 'name', desc: false }],
  columnVisibility: { website: false, tags: false, updatedAt: false, parent: false },
};
