import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTable, type ColumnFiltersState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { createQuickFilter } from '#shared/search/quick-filter';
import type { TableLayout } from '../../app/ui-store';
import { recordTableFeatures, type ListRow, type RecordColumn } from './table-features';
import { useTableLayout } from './use-table-layout';
import { useRowKeyboard } from './use-row-keyboard';
import { ColumnSettings } from './ColumnSettings';
import { SortableHeader } from './SortableHeader';

const ROW_HEIGHT = 40;

export interface RecordTableProps<Row extends ListRow> {
  tableId: string;
  /** Accessible name of the table, e.g. "Contacts". */
  label: string;
  rows: Row[];
  columns: RecordColumn<Row>[];
  defaultLayout: Partial<TableLayout>;
  countLabel: (shown: number, total: number) => string;
  onOpen: (row: Row) => void;
  /** Buttons beside the column settings; a function gets the rows the filters leave (e.g. to export them). */
  toolbar?: ReactNode | ((shownRows: () => Row[]) => ReactNode);
  /** Text prepared by quickFilterText for the quick filter; computed only once someone filters. */
  searchTextOf: (row: Row) => string;
  /** A column whose ascending order `rows` already has (read from its index). */
  presortedColumn?: string;
  /** false while only the first screen of rows has been read. */
  complete: boolean;
}

const searchTextCache = new WeakMap<object, string>();

function cachedSearchText<Row extends ListRow>(row: Row, searchTextOf: (row: Row) => string): string {
  let text = searchTextCache.get(row);
  if (text === undefined) {
    text = searchTextOf(row);
    searchTextCache.set(row, text);
  }
  return text;
}

export function RecordTable<Row extends ListRow>(props: RecordTableProps<Row>) {
  const { tableId, label, rows, columns, defaultLayout, countLabel, onOpen, toolbar, searchTextOf, presortedColumn, complete } = props;
  const { t } = useTranslation();
  const [quickFilter, setQuickFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const { layout, onSortingChange, onColumnVisibilityChange, onColumnOrderChange, reset } = useTableLayout(
    tableId,
    defaultLayout,
  );

  // Sorted by the pre-sorted column alone, the rows are in order already (reversed for descending).
  const [onlySort] = layout.sorting;
  const presorted = layout.sorting.length === 1 && onlySort?.id === presortedColumn;
  const presortedDesc = presorted && onlySort?.desc === true;

  // The quick filter runs before the table so 100k rows are matched on one pre-folded string each.
  const filteredRows = useMemo(() => {
    const matches = createQuickFilter(quickFilter);
    const matching = matches ? rows.filter((row) => matches(cachedSearchText(row, searchTextOf))) : rows;
    return presortedDesc ? [...matching].reverse() : matching;
  }, [rows, quickFilter, searchTextOf, presortedDesc]);

  const table = useTable({
    features: recordTableFeatures,
    columns,
    data: filteredRows,
    getRowId: (row) => row.id,
    manualSorting: presorted,
    state: {
      sorting: layout.sorting,
      columnVisibility: layout.columnVisibility,
      columnOrder: layout.columnOrder,
      columnFilters,
    },
    onSortingChange,
    onColumnVisibilityChange,
    onColumnOrderChange,
    onColumnFiltersChange: setColumnFilters,
  });

  const visibleRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visibleRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  const openAt = useCallback(
    (index: number) => {
      const row = visibleRows[index];
      if (row) onOpen(row.original);
    },
    [onOpen, visibleRows],
  );
  const { activeIndex, setActiveIndex, onKeyDown, bodyRef } = useRowKeyboard({
    rowCount: visibleRows.length,
    pageSize: Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1),
    scrollToIndex,
    onOpen: openAt,
  });

  const leafColumns = table.getVisibleLeafColumns();
  const template = leafColumns.map((column) => `minmax(${column.columnDef.meta?.width ?? 160}px, 1fr)`).join(' ');

  return (
    <div className="record-table">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="sm">
          <TextInput
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            placeholder={t('table.quickFilter')}
            aria-label={t('table.quickFilter')}
            value={quickFilter}
            onChange={(event) => setQuickFilter(event.currentTarget.value)}
          />
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {complete ? countLabel(visibleRows.length, rows.length) : t('table.loading')}
          </Text>
        </Group>
        <Group gap="sm">
          {typeof toolbar === 'function' ? toolbar(() => visibleRows.map((row) => row.original)) : toolbar}
          <ColumnSettings table={table} onReset={reset} />
        </Group>
      </Group>
      <div ref={scrollRef} className="record-table__scroll">
        <table aria-label={label} aria-rowcount={visibleRows.length + 2} className="record-table__table">
          <thead className="record-table__head">
            <tr aria-rowindex={1} style={{ gridTemplateColumns: template }}>
              {table.getFlatHeaders().filter((header) => header.column.getIsVisible()).map((header) => (
                <SortableHeader key={header.id} header={header} />
              ))}
            </tr>
            <tr aria-rowindex={2} style={{ gridTemplateColumns: template }}>
              {leafColumns.map((column) => {
                const columnLabel = column.columnDef.meta?.label(t) ?? column.id;
                return (
                  <td key={column.id}>
                    {column.columnDef.meta?.filterable ? (
                      <TextInput
                        size="xs"
                        aria-label={t('table.filterBy', { column: columnLabel })}
                        placeholder={t('table.filterPlaceholder')}
                        value={String(column.getFilterValue() ?? '')}
                        onChange={(event) => column.setFilterValue(event.currentTarget.value)}
                      />
                    ) : null}
                  </td>
                );
              })}
            </tr>
          </thead>
          <tbody
            ref={bodyRef}
            className="record-table__body"
            style={{ height: virtualizer.getTotalSize() }}
            onKeyDown={onKeyDown}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = visibleRows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 3}
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  aria-selected={item.index === activeIndex}
                  className="record-table__row"
                  style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template, height: ROW_HEIGHT }}
                  onClick={() => onOpen(row.original)}
                  onFocus={() => setActiveIndex(item.index)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} title={typeof cell.getValue() === 'string' ? (cell.getValue() as string) : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {visibleRows.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('table.noMatches')}
          </Text>
        ) : null}
      </div>
    </div>
  );
}
