import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { followUpInputSchema, type FollowUpInput } from '#shared/domain/follow-up';
import { isAppError } from '#shared/errors/app-error';
import type { FieldIssue } from '#shared/domain/validation';
import { translateIssues, validateWith } from '../../components/record-form/zod-errors';
import { clearDraft, readDraft, writeDraft } from '../../components/record-form/drafts';
import { useErrorNotifier } from '../../app/error-notifier';

interface Options {
  initial: FollowUpInput;
  /** Where typed input is kept against a closed window or a crash; null to keep none. */
  draftKey: string | null;
  save: (values: FollowUpInput) => Promise<unknown>;
  onSaved: () => void;
}

const EDITABLE: readonly (keyof FollowUpInput)[] = ['what', 'ownerId', 'dueDate', 'status', 'contactId'];

/** A draft from an older version may lack fields or carry others: take only what fits. */
function withDraft(initial: FollowUpInput, draftKey: string | null): FollowUpInput {
  const draft = draftKey ? readDraft<Partial<FollowUpInput>>(draftKey) : null;
  if (!draft) return initial;
  const merged: Record<string, unknown> = { ...initial };
  for (const key of EDITABLE) {
    const value = draft.values[key];
    if (value !== undefined && (value === null || typeof value === typeof initial[key] || initial[key] === null)) merged[key] = value;
  }
  return merged as FollowUpInput;
}

/**
 * The follow-up form: checked against the schema on submit, every problem shown on its
 * field in the UI language, and the input kept whatever happens: a failed save leaves
 * everything as typed, and typing is mirrored to a draft until it is saved.
 */
export function useFollowUpForm({ initial, draftKey, save, onSaved }: Options) {
  const { t } = useTranslation();
  const notifyError = useErrorNotifier();
  const [saving, setSaving] = useState(false);
  const form = useForm<FollowUpInput>({
    mode: 'controlled',
    initialValues: withDraft(initial, draftKey),
    validate: (values) => validateWith(followUpInputSchema, values, t),
    onValuesChange: (values) => {
      if (draftKey) writeDraft(draftKey, values);
    },
  });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      await save(values);
      if (draftKey) clearDraft(draftKey);
      onSaved();
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') {
        form.setErrors(translateIssues((error.details?.issues ?? []) as FieldIssue[], t));
      } else {
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  });

  return { form, submit, saving };
}
