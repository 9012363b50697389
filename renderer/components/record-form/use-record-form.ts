import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isAppError } from '#shared/errors/app-error';
import type { FieldIssue } from '#shared/domain/validation';
import { translateIssues, validateWith } from './zod-errors';
import { useErrorNotifier } from '../../app/error-notifier';
import { clearDraft, readDraft, writeDraft, type Draft } from './drafts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed';

interface Options<T extends Record<string, unknown>> {
  initialValues: T;
  schema: z.ZodType<unknown>;
  save: (values: T) => Promise<unknown>;
  /** Existing records save themselves as you type; a new one waits for the Create button. */
  autosave: boolean;
  /** Where unsaved input is kept against a crash, e.g. "contact:<id>" or "contact:new". */
  draftKey: string;
}

const AUTOSAVE_DELAY_MS = 600;

export function useRecordForm<T extends Record<string, unknown>>({ initialValues, schema, save, autosave, draftKey }: Options<T>) {
  const { t } = useTranslation();
  const notifyError = useErrorNotifier();
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushRef = useRef<() => Promise<boolean>>(async () => true);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateWith(schema, values, t),
    validateInputOnBlur: true,
    onValuesChange: (values) => {
      writeDraft(draftKey, values);
      if (!autosave) return;
      if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
    },
  });
  const [status, setStatus] = useState<SaveStatus>('idle');
  // A draft left by a closed window or a crash, offered back if it differs from the record.
  const [pendingDraft, setPendingDraft] = useState<Draft<T> | null>(() => {
    const draft = readDraft<T>(draftKey);
    return draft && JSON.stringify(draft.values) !== JSON.stringify(initialValues) ? draft : null;
  });
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const saving = useRef<Promise<boolean> | null>(null);
  /** Whether this editor has stored the record once (for a new record: created it). */
  const savedOnce = useRef(false);

  const persist = useCallback(
    async (values: T): Promise<boolean> => {
      if (Object.keys(validateWith(schema, values, t)).length > 0) {
        form.validate();
        setStatus('invalid');
        return false;
      }
      setStatus('saving');
      try {
        await save(values);
        clearDraft(draftKey);
        form.resetDirty(values);
        savedOnce.current = true;
        setSavedAt(Date.now());
        setStatus('saved');
        return true;
      } catch (error) {
        if (isAppError(error) && error.code === 'validation') {
          form.setErrors(translateIssues((error.details?.issues ?? []) as FieldIssue[], t));
          setStatus('invalid');
        } else {
          notifyError(error);
          setStatus('failed');
        }
        return false;
      }
    },
    [draftKey, form, notifyError, save, schema, t],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    autosaveTimer.current = null;
    if (saving.current) await saving.current;
    // Create on an untouched new form still validates, so the user sees what is missing.
    if (!form.isDirty() && (autosave || savedOnce.current)) {
      // Back to what is stored: nothing is unsaved, whatever the last attempt said.
      setStatus((current) => (current === 'invalid' || current === 'failed' ? 'saved' : current));
      return true;
    }
    saving.current = persist(form.getValues());
    try {
      return await saving.current;
    } finally {
      saving.current = null;
    }
  }, [autosave, form, persist]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // An edit still waiting for its autosave is saved when the editor closes.
  useEffect(
    () => () => {
      if (autosaveTimer.current) void flushRef.current();
    },
    [],
  );

  const dirty = form.isDirty();
  const shownStatus: SaveStatus = dirty && (status === 'idle' || status === 'saved') ? 'pending' : status;
  const restoreDraft = useCallback(() => {
    if (pendingDraft) form.setValues(pendingDraft.values);
    setPendingDraft(null);
  }, [form, pendingDraft]);
  const discardDraft = useCallback(() => {
    clearDraft(draftKey);
    setPendingDraft(null);
  }, [draftKey]);

  return { form, status: shownStatus, savedAt, dirty, flush, pendingDraft, restoreDraft, discardDraft };
}
