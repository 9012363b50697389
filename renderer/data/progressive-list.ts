import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';

export interface ProgressiveList<T> {
  /** undefined until at least the head has been read. */
  items: T[] | undefined;
  /** false while only the head is there. */
  complete: boolean;
}

/**
 * Shows a long list's first screen before the whole table is read: a small head query goes
 * first, and the full read starts only once the head has been rendered, so the first rows
 * appear as fast with 100 000 records as with 1 000. Both stay live.
 */
export function useProgressiveList<T>(
  head: (() => Promise<T[]>) | null,
  all: () => Promise<T[]>,
  deps: readonly unknown[],
): ProgressiveList<T> {
  const headItems = useLiveQuery(() => (head ? head() : undefined), [head !== null, ...deps]);
  const [fullRequested, setFullRequested] = useState(head === null);
  const waitForHead = head !== null && headItems === undefined;

  useEffect(() => {
    if (fullRequested || waitForHead) return;
    // A task after the head's paint, so reading everything cannot delay the first rows.
    const timer = setTimeout(() => setFullRequested(true), 0);
    return () => clearTimeout(timer);
  }, [fullRequested, waitForHead]);

  const allItems = useLiveQuery(() => (fullRequested ? all() : undefined), [fullRequested, ...deps]);
  return { items: allItems ?? headItems, complete: allItems !== undefined };
}
