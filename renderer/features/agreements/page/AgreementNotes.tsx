import { useCallback, useMemo } from 'react';
import { Group, Stack } from '@mantine/core';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { htmlText } from '#shared/domain/fields';
import { useWorkspace } from '../../../data/workspace-context';
import { useRecordForm } from '../../../components/record-form/use-record-form';
import { useUnsavedGuard } from '../../../components/record-form/use-unsaved-guard';
import { SaveStatusText, UnsavedChangesDialog } from '../../../components/record-form/FormStatus';
import { RichTextEditor } from '../../../components/rich-text';
import { DraftOffer } from '../DraftOffer';

const notesSchema = z.object({ notes: htmlText });
type NotesValues = z.infer<typeof notesSchema>;

/**
 * Internal notes on the agreement, in rich text, saved as you type like a meeting's notes: a
 * draft kept against a crash, saved on the way out, offered back if the window closed first.
 */
export function AgreementNotes({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const { agreements } = useWorkspace();
  const initialValues = useMemo(() => ({ notes: agreement.notes }), []); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useCallback((values: NotesValues) => agreements.patch(agreement.id, { notes: values.notes }), [agreements, agreement.id]);
  const { form, status, savedAt, dirty, flush, pendingDraft, restoreDraft, discardDraft } = useRecordForm({
    initialValues,
    schema: notesSchema,
    save,
    autosave: agreement.deletedAt === null,
    draftKey: `agreement-notes:${agreement.id}`,
  });
  const blocker = useUnsavedGuard(dirty, flush, true);

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <SaveStatusText status={status} savedAt={savedAt} />
      </Group>
      {pendingDraft ? <DraftOffer savedAt={pendingDraft.savedAt} onRestore={restoreDraft} onDiscard={discardDraft} /> : null}
      <RichTextEditor
        label={t('fields.notes')}
        value={form.values.notes}
        onChange={(html) => form.setFieldValue('notes', html)}
        error={typeof form.errors.notes === 'string' ? form.errors.notes : undefined}
      />
      <UnsavedChangesDialog blocker={blocker} canSave={status !== 'invalid' && status !== 'failed'} onDiscard={discardDraft} />
    </Stack>
  );
}
