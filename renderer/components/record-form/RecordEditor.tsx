import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useRecordForm } from './use-record-form';
import { useUnsavedGuard } from './use-unsaved-guard';
import { SaveStatusText, UnsavedChangesDialog } from './FormStatus';
import { PageHeader } from '../layout/PageHeader';

interface Props<T extends Record<string, unknown>> {
  /** null for a record not created yet. */
  id: string | null;
  initialValues: T;
  schema: z.ZodType<unknown>;
  /** Where the record's detail pages live, e.g. "/contacts". */
  basePath: string;
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
  const { id, initialValues, schema, basePath, create, update, title, renderFields } = props;
  const { t } = useTranslation();
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
  const { form, status, savedAt, dirty, flush } = useRecordForm({ initialValues, schema, save, autosave: id !== null });
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
      {renderFields(form)}
      <UnsavedChangesDialog blocker={blocker} canSave={id !== null && status !== 'invalid' && status !== 'failed'} />
    </form>
  );
}
