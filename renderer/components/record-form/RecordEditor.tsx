import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Group } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useRecordForm } from './use-record-form';
import { useUnsavedGuard } from './use-unsaved-guard';
import { SaveStatusText, UnsavedChangesDialog } from './FormStatus';
import { formatDateTime } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import { PageHeader } from '../layout/PageHeader';

interface Props<T extends Record<string, unknown>> {
  /** null for a record not created yet. */
  id: string | null;
  initialValues: T;
  schema: z.ZodType<unknown>;
  /** Where the record's detail pages live, e.g. "/contacts". */
  basePath: string;
  /** Names the record type in draft keys, e.g. "contact". */
  draftPrefix: string;
  create: (values: T) => Promise<{ id: string }>;
  update: (id: string, values: T) => Promise<unknown>;
  title: (values: T) => string;
  renderFields: (form: UseFormReturnType<T>) => ReactNode;
}

/**
 * Editing of one record: an existing record autosaves as you type; a new one is created with
 * the Create button. Either way, leaving never silently drops what was typed.
 */
export function RecordEditor<T extends Record<string, unknown>>(props: Props<T>) {
  const { id, initialValues, schema, basePath, draftPrefix, create, update, title, renderFields } = props;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const navigate = useNavigate();
  const [createdId, setCreatedId] = useState<string | null>(null);
  const save = useCallback(
    async (values: T) => {
      if (id) return update(id, values);
      const created = await create(values);
      setCreatedId(created.id);
      return created;
    },
    [create, id, update],
  );
  const draftKey = `${draftPrefix}:${id ?? 'new'}`;
  const { form, status, savedAt, dirty, flush, pendingDraft, restoreDraft, discardDraft } = useRecordForm({
    initialValues,
    schema,
    save,
    autosave: id !== null,
    draftKey,
  });
  const blocker = useUnsavedGuard(dirty, flush, id !== null);

  // Navigate only once the form has settled as saved, so the guard has nothing to hold.
  useEffect(() => {
    if (createdId && !dirty) navigate(`${basePath}/${createdId}`, { replace: true });
  }, [basePath, createdId, dirty, navigate]);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
      noValidate
    >
      <PageHeader title={title(form.values)}>
        <SaveStatusText status={status} savedAt={savedAt} />
        {id ? (
          <Button variant="default" onClick={() => navigate(`${basePath}/${id}`)}>
            {t('form.done')}
          </Button>
        ) : (
          <Group>
            <Button variant="default" onClick={() => navigate(basePath)}>
              {t('form.cancel')}
            </Button>
            <Button type="submit">{t('form.create')}</Button>
          </Group>
        )}
      </PageHeader>
      {pendingDraft ? (
        <Alert color="yellow" mb="md" title={t('form.draft.title')}>
          {t('form.draft.body', { time: formatDateTime(pendingDraft.savedAt, language) })}
          <Group mt="sm">
            <Button size="xs" onClick={restoreDraft}>
              {t('form.draft.restore')}
            </Button>
            <Button size="xs" variant="default" onClick={discardDraft}>
              {t('form.draft.discard')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {renderFields(form)}
      <UnsavedChangesDialog
        blocker={blocker}
        canSave={id !== null && status !== 'invalid' && status !== 'failed'}
        onDiscard={discardDraft}
      />
    </form>
  );
}
