import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from '#shared/errors/app-error';
import type { ImportDecisions } from '#shared/import/import-plan';
import { MAX_IMPORT_BYTES } from '#shared/import/import-source';
import { useImportClient } from '../../import/import-client-context';
import type { ImportPreview, ImportResult, OpenImportOptions } from '../../import/import-protocol';

/** The mapping step re-reads the file this long after the last change, not on every click. */
export const REOPEN_DELAY_MS = 250;

export interface ChosenFile {
  name: string;
  size: number;
  /** Grows with each file chosen, so per-file UI state (decisions) starts afresh. */
  serial: number;
}

export interface FinishedImport {
  fileName: string;
  result: ImportResult;
}

export type ImportBusy = 'reading' | 'updating' | 'applying' | null;

export interface ImportSession {
  file: ChosenFile | null;
  options: OpenImportOptions;
  /** The last preview read; null before the first one or after an import. */
  preview: ImportPreview | null;
  /** Why the last read or write failed; the preview is out of date while this is set. */
  error: unknown;
  busy: ImportBusy;
  finished: FinishedImport | null;
  choose(file: File): Promise<void>;
  changeOptions(patch: OpenImportOptions): void;
  apply(decisions: ImportDecisions): Promise<void>;
  cancel(): void;
  dismissFinished(): void;
}

/**
 * One file's way through the import: read and plan it in the worker, re-read it as the user
 * changes the mapping (debounced, latest answer wins), write it, and close the worker's session
 * whenever the page moves on (another file, cancel, leaving the page).
 */
export function useImportSession(): ImportSession {
  const client = useImportClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [options, setOptionsState] = useState<OpenImportOptions>({});
  const optionsRef = useRef<OpenImportOptions>({});
  const setOptions = useCallback((next: OpenImportOptions) => {
    optionsRef.current = next;
    setOptionsState(next);
  }, []);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<ImportBusy>(null);
  const [finished, setFinished] = useState<FinishedImport | null>(null);
  // Every request takes a number; an answer to anything but the latest is dropped.
  const latest = useRef(0);
  const sessionId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serial = useRef(0);

  const stopTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const closeSession = useCallback(() => {
    stopTimer();
    latest.current += 1;
    if (sessionId.current !== null) client.close(sessionId.current);
    sessionId.current = null;
  }, [client]);

  useEffect(() => closeSession, [closeSession]);

  const choose = useCallback(
    async (picked: File) => {
      closeSession();
      const request = latest.current;
      serial.current += 1;
      setFile({ name: picked.name, size: picked.size, serial: serial.current });
      setOptions({});
      setPreview(null);
      setError(null);
      setFinished(null);
      setBusy('reading');
      try {
        // Refused before reading: a file far over the cap is not loaded into memory at all.
        if (picked.size > MAX_IMPORT_BYTES) throw new AppError('importTooLarge', { size: picked.size, limit: MAX_IMPORT_BYTES });
        const bytes = new Uint8Array(await picked.arrayBuffer());
        const opened = await client.open(picked.name, bytes);
        if (request !== latest.current) {
          client.close(opened.sessionId);
          return;
        }
        sessionId.current = opened.sessionId;
        setPreview(opened);
      } catch (failure) {
        if (request === latest.current) setError(failure);
      } finally {
        if (request === latest.current) setBusy(null);
      }
    },
    [client, closeSession, setOptions],
  );

  const reopen = useCallback(
    async (next: OpenImportOptions) => {
      const id = sessionId.current;
      if (id === null) return;
      latest.current += 1;
      const request = latest.current;
      setBusy('updating');
      try {
        const reread = await client.reopen(id, next);
        if (request !== latest.current) return;
        setPreview(reread);
        setError(null);
      } catch (failure) {
        if (request === latest.current) setError(failure);
      } finally {
        if (request === latest.current) setBusy(null);
      }
    },
    [client],
  );

  const changeOptions = useCallback(
    (patch: OpenImportOptions) => {
      // Another encoding or separator can change the headers: let the reader match them again.
      const rereads = ('encoding' in patch || 'delimiter' in patch) && !('mapping' in patch);
      const next = { ...optionsRef.current, ...patch, ...(rereads ? { mapping: undefined } : {}) };
      setOptions(next);
      stopTimer();
      timer.current = setTimeout(() => void reopen(next), REOPEN_DELAY_MS);
    },
    [reopen, setOptions],
  );

  const apply = useCallback(
    async (decisions: ImportDecisions) => {
      const id = sessionId.current;
      if (id === null || !file) return;
      stopTimer();
      latest.current += 1;
      const request = latest.current;
      setBusy('applying');
      setError(null);
      try {
        const result = await client.apply(id, decisions);
        // The worker closed the session with the write.
        sessionId.current = null;
        setFinished({ fileName: file.name, result });
        setFile(null);
        setPreview(null);
        setOptions({});
      } catch (failure) {
        if (request === latest.current) setError(failure);
      } finally {
        if (request === latest.current) setBusy(null);
      }
    },
    [client, file, setOptions],
  );

  const cancel = useCallback(() => {
    closeSession();
    setFile(null);
    setPreview(null);
    setOptions({});
    setError(null);
    setBusy(null);
  }, [closeSession, setOptions]);

  const dismissFinished = useCallback(() => setFinished(null), []);

  return { file, options, preview, error, busy, finished, choose, changeOptions, apply, cancel, dismissFinished };
}
