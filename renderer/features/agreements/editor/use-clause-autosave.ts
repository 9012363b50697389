import { useCallback, useEffect, useRef, useState } from 'react';
import type { Clause } from '#shared/domain/agreement';
import { isAppError } from '#shared/errors/app-error';
import { useWorkspace } from '../../../data/workspace-context';
import { useErrorNotifier } from '../../../app/error-notifier';
import { clearDraft, readDraft, writeDraft, type Draft } from '../../../components/record-form/drafts';
import type { SaveStatus } from '../../../components/record-form/use-record-form';
import type { EditingSession } from '../use-editing-session';

export const CLAUSE_AUTOSAVE_DELAY_MS = 400;

const sameClauses = (a: readonly Clause[], b: readonly Clause[]) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The clauses as the editor holds them, saved shortly after each change (debounced), at once
 * on `flush` (blur, leaving the page, status changes), and kept in localStorage when the window
 * closes with a change not yet stored, to be offered back next time. The state before the
 * session's first write is kept as a version first (session.ensureSnapshot).
 *
 * Stored clauses that change while nothing is pending here (a restored version, another
 * language added) replace the editor's.
 */
export function useClauseAutosave(agreementId: string, storedClauses: Clause[], session: EditingSession) {
  const { agreements } = useWorkspace();
  const notifyError = useErrorNotifier();
  const draftKey = `agreement-clauses:${agreementId}`;
  const [clauses, setClauses] = useState(storedClauses);
  const clausesRef = useRef(storedClauses);
  const pending = useRef(false);
  const saving = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [pendingDraft, setPendingDraft] = useState<Draft<Clause[]> | null>(() => {
    const draft = readDraft<Clause[]>(draftKey);
    if (draft && !Array.isArray(draft.values)) return null;
    if (draft && sameClauses(draft.values, storedClauses)) {
      clearDraft(draftKey);
      return null;
    }
    return draft;
  });

  const saveNow = useCallback(async (): Promise<boolean> => {
    while (saving.current) await saving.current;
    if (!pending.current) return true;
    pending.current = false;
    const toSave = clausesRef.current;
    setStatus('saving');
    const run = (async () => {
      try {
        await session.ensureSnapshot();
        await agreements.updateClauses(agreementId, toSave);
        if (!pending.current) clearDraft(draftKey);
        setSavedAt(Date.now());
        setStatus(pending.current ? 'pending' : 'saved');
        return true;
      } catch (error) {
        // Still unsaved: the next change or flush tries again.
        pending.current = true;
        if (isAppError(error) && error.code === 'validation') setStatus('invalid');
        else setStatus('failed');
        notifyError(error);
        return false;
      }
    })();
    saving.current = run;
    try {
      return await run;
    } finally {
      saving.current = null;
    }
  }, [agreements, agreementId, draftKey, notifyError, session]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return saveNow();
  }, [saveNow]);

  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Applies an edit to the latest clauses; the list's identity changes only when something did. */
  const change = useCallback((update: (current: Clause[]) => Clause[]) => {
    const next = update(clausesRef.current);
    if (next === clausesRef.current) return;
    clausesRef.current = next;
    pending.current = true;
    setClauses(next);
    setStatus('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), CLAUSE_AUTOSAVE_DELAY_MS);
  }, []);

  // Changes made elsewhere, taken in only while nothing here waits to be saved.
  useEffect(() => {
    if (pending.current || saving.current || sameClauses(storedClauses, clausesRef.current)) return;
    clausesRef.current = storedClauses;
    setClauses(storedClauses);
  }, [storedClauses]);

  useEffect(() => session.registerFlush(flush), [session, flush]);

  // Leaving the page (another route) saves; closing the window also keeps a draft, since the
  // database write may not finish before the page is gone.
  useEffect(() => {
    const onLeave = () => {
      if (!pending.current && !saving.current) return;
      writeDraft(draftKey, clausesRef.current);
      void flushRef.current();
    };
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      if (pending.current) void flushRef.current();
    };
  }, [draftKey]);

  const restoreDraft = useCallback(() => {
    if (pendingDraft) change(() => pendingDraft.values);
    setPendingDraft(null);
  }, [change, pendingDraft]);

  const discardDraft = useCallback(() => {
    clearDraft(draftKey);
    setPendingDraft(null);
  }, [draftKey]);

  return { clauses, change, flush, status, savedAt, pendingDraft, restoreDraft, discardDraft };
}
