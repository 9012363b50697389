import { useCallback, useMemo, useRef } from 'react';
import { useWorkspace } from '../../data/workspace-context';

/**
 * One visit to an agreement's page. Before its first change (to the text or to the framing),
 * the state about to be edited is kept as a version, so every session can be undone. Parts
 * that hold unsaved edits register a flush, which status changes and exports run first.
 */
export interface EditingSession {
  ensureSnapshot(): Promise<void>;
  /** Registers a flush; returns the function that unregisters it. */
  registerFlush(flush: () => Promise<boolean>): () => void;
  /** Saves whatever is pending; false if something could not be saved. */
  flushAll(): Promise<boolean>;
}

export function useEditingSession(agreementId: string): EditingSession {
  const { agreementVersions } = useWorkspace();
  const snapshot = useRef<Promise<void> | null>(null);
  const flushes = useRef(new Set<() => Promise<boolean>>());

  const ensureSnapshot = useCallback(() => {
    snapshot.current ??= agreementVersions.ensureEditingSnapshot(agreementId).then(
      () => undefined,
      (error: unknown) => {
        // Tried again before the next change rather than letting edits go on without a way back.
        snapshot.current = null;
        throw error;
      },
    );
    return snapshot.current;
  }, [agreementVersions, agreementId]);

  const registerFlush = useCallback((flush: () => Promise<boolean>) => {
    flushes.current.add(flush);
    return () => {
      flushes.current.delete(flush);
    };
  }, []);

  const flushAll = useCallback(async () => {
    const results = await Promise.all([...flushes.current].map((flush) => flush()));
    return results.every(Boolean);
  }, []);

  return useMemo(() => ({ ensureSnapshot, registerFlush, flushAll }), [ensureSnapshot, registerFlush, flushAll]);
}
