import { createColumnHelper } from '@tanstack/react-table';
import { AGREEMENT_STATUSES } from '#shared/domain/agreement';
import { compareKeys, DateTimeCell } from '../../components/record-table/cells';
import { compareText, type RecordColumn, type RecordTableFeatures } from '../../components/record-table/table-features';
import type { TableLayout } from '../../app/ui-store';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import type { AgreementRow } from './agreement-rows';

const column = createColumnHelper<RecordTableFeatures, AgreementRow>();

const textColumn = (id: 'title' | 'kind' | 'parties' | 'languages', width: number, filterable = false) =>
  column.accessor(id, {
    id,
    filterFn: 'foldedIncludes',
    enableColumnFilter: filterable,
    sortFn: (a, b) => compareText(a.original[id], b.original[id]),
    meta: { label: (t) => t(`columns.${id}`, { ns: 'agreements' }), filterable, width },
  });

export const AGREEMENT_COLUMNS = [
  { ...textColumn('title', 220, true), enableHiding: false },
  textColumn('kind', 150),
  column.accessor('statusLabel', {
    id: 'status',
    cell: (info) => <AgreementStatusBadge status={info.row.original.status} />,
    enableColumnFilter: false,
    // In workflow order, not alphabetical: draft before review before sent.
    sortFn: (a, b) => AGREEMENT_STATUSES.indexOf(a.original.status) - AGREEMENT_STATUSES.indexOf(b.original.status),
    meta: { label: (t) => t('columns.status', { ns: 'agreements' }), filterable: false, width: 150 },
  }),
  textColumn('parties', 200, true),
  textColumn('languages', 90),
  column.accessor('outOfStepLabel', {
    id: 'outOfStep',
    enableColumnFilter: false,
    sortFn: (a, b) => a.original.outOfStep - b.original.outOfStep,
    meta: { label: (t) => t('columns.outOfStep', { ns: 'agreements' }), filterable: false, width: 150 },
  }),
  column.accessor('signingDate', {
    id: 'signingDate',
    enableColumnFilter: false,
    sortFn: (a, b) => compareKeys(a.original.record.signingDate, b.original.record.signingDate),
    meta: { label: (t) => t('columns.signingDate', { ns: 'agreements' }), filterable: false, width: 110 },
  }),
  column.accessor('updatedAt', {
    id: 'updatedAt',
    cell: (info) => <DateTimeCell value={info.row.original.updatedAt} />,
    enableColumnFilter: false,
    sortFn: (a, b) => a.original.updatedAt - b.original.updatedAt,
    meta: { label: (t) => t('columns.updatedAt', { ns: 'agreements' }), filterable: false, width: 150 },
  }),
] as RecordColumn<AgreementRow>[];

export const AGREEMENTS_DEFAULT_LAYOUT: Partial<TableLayout> = {
  sorting: [{ id: 'updatedAt', desc: true }],
};
