import { useCallback } from 'react';
import type { Updater } from '@tanstack/react-table';
import { EMPTY_LAYOUT, useUiStore, type TableLayout } from '../../app/ui-store';

function apply<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

/** Binds a table's sorting, column visibility and order to the remembered UI state. */
export function useTableLayout(tableId: string, defaults: Partial<TableLayout>) {
  const stored = useUiStore((state) => state.tables[tableId]);
  const setTableLayout = useUiStore((state) => state.setTableLayout);
  const resetTableLayout = useUiStore((state) => state.resetTableLayout);
  const layout: TableLayout = stored ?? { ...EMPTY_LAYOUT, ...defaults };

  const update = useCallback(
    <K extends keyof TableLayout>(key: K) =>
      (updater: Updater<TableLayout[K]>) => {
        const current = useUiStore.getState().tables[tableId] ?? { ...EMPTY_LAYOUT, ...defaults };
        setTableLayout(tableId, { ...current, [key]: apply(updater, current[key]) });
      },
    [tableId, defaults, setTableLayout],
  );

  return {
    layout,
    onSortingChange: update('sorting'),
    onColumnVisibilityChange: update('columnVisibility'),
    onColumnOrderChange: update('columnOrder'),
    reset: () => resetTableLayout(tableId),
  };
}

/**
 * The direction in which the table is sorted by its pre-sorted column alone, or null when it
 * is sorted any other way: the page then reads rows in that index order and skips sorting.
 */
export function usePresortedOrder(tableId: string, defaults: Partial<TableLayout>, columnId: string): 'asc' | 'desc' | null {
  const sorting = useUiStore((state) => state.tables[tableId]?.sorting) ?? defaults.sorting ?? [];
  const only = sorting.length === 1 ? sorting[0] : undefined;
  if (!only || only.id !== columnId) return null;
  return only.desc ? 'desc' : 'asc';
}
