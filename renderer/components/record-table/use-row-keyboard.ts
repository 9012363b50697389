import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Options {
  rowCount: number;
  pageSize: number;
  scrollToIndex: (index: number) => void;
  onOpen: (index: number) => void;
}

/**
 * Roving focus over virtualized rows: arrows, Page Up/Down, Home/End move the active row,
 * Enter opens it. Focus follows once the row is rendered.
 */
export function useRowKeyboard({ rowCount, pageSize, scrollToIndex, onOpen }: Options) {
  const [activeIndex, setActiveIndex] = useState(0);
  const focusPending = useRef(false);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const clampedActive = Math.min(activeIndex, Math.max(rowCount - 1, 0));

  useEffect(() => {
    if (!focusPending.current) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${clampedActive}"]`);
    if (row) {
      row.focus();
      focusPending.current = false;
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(rowCount - 1, index));
      focusPending.current = true;
      setActiveIndex(next);
      scrollToIndex(next);
    },
    [rowCount, scrollToIndex],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (rowCount === 0) return;
      const moves: Record<string, number> = {
        ArrowDown: clampedActive + 1,
        ArrowUp: clampedActive - 1,
        PageDown: clampedActive + pageSize,
        PageUp: clampedActive - pageSize,
        Home: 0,
        End: rowCount - 1,
      };
      if (event.key in moves) {
        event.preventDefault();
        moveTo(moves[event.key] ?? 0);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        onOpen(clampedActive);
      }
    },
    [clampedActive, moveTo, onOpen, pageSize, rowCount],
  );

  return { activeIndex: clampedActive, setActiveIndex, onKeyDown, bodyRef };
}
