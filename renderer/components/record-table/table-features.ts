import type { TFunction } from 'i18next';
import {
  columnFilteringFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  constructFilterFn,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import { foldForMatch } from '#shared/text/fold';

export interface ListRow {
  id: string;
}

export interface RecordColumnMeta {
  label: (t: TFunction) => string;
  /** Columns without a text filter (e.g. dates) leave this false. */
  filterable: boolean;
  /** Minimum width in pixels; columns share the rest. */
  width?: number;
}

/** Case- and accent-insensitive "contains" on the cell's text. */
export const foldedIncludes = constructFilterFn({
  filter: (dataValue: unknown, filterValue: string) => foldForMatch(String(dataValue ?? '')).includes(filterValue),
  resolveFilterValue: (value: unknown) => foldForMatch(String(value ?? '').trim()),
  autoRemove: (value: unknown) => String(value ?? '').trim() === '',
});

export const recordTableFeatures = tableFeatures({
  columnFilteringFeature,
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  filterFns: { foldedIncludes },
  columnMeta: {} as RecordColumnMeta,
});

export type RecordTableFeatures = typeof recordTableFeatures;
export type RecordColumn<Row extends ListRow> = ColumnDef<RecordTableFeatures, Row, unknown>;

const textCollator = new Intl.Collator('uk', { numeric: true });

/** Sorts a text column with Ukrainian collation; empty cells go last either way. */
export function compareText(a: unknown, b: unknown): number {
  return textCollator.compare(String(a ?? ''), String(b ?? ''));
}
