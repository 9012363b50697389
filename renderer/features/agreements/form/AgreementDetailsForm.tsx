import { useCallback, useEffect, useMemo } from 'react';
import { Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { useWorkspace } from '../../../data/workspace-context';
import { useUiStore } from '../../../app/ui-store';
import { languageName } from '../../../app/format';
import { useRecordForm } from '../../../components/record-form/use-record-form';
import { useUnsavedGuard } from '../../../components/record-form/use-unsaved-guard';
import { SaveStatusText, UnsavedChangesDialog } from '../../../components/record-form/FormStatus';
import { IsoDateInput } from '../../../components/record-form/IsoDateInput';
import type { EditingSession } from '../use-editing-session';
import { agreementDetailsOf, agreementDetailsSchema, type AgreementDetails } from './agreement-details';
import { LanguagesField } from './LanguagesField';
import { PartiesEditor } from './PartiesEditor';
import { DraftOffer } from '../DraftOffer';
import { AgreementKindSelect } from './AgreementKindSelect';

/**
 * The "Parties & signing" tab: title per language, kind, languages, parties and signatories,
 * place and date. Saves itself as you type, like a record form; a change of languages gives
 * every clause the new language (or takes the dropped one away) in the same write.
 */
export function AgreementDetailsForm({ agreement, session }: { agreement: Agreement; session: EditingSession }) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const { agreements } = useWorkspace();
  const initialValues = useMemo(() => agreementDetailsOf(agreement), []); // eslint-disable-line react-hooks/exhaustive-deps
  const save = useCallback(
    async (values: AgreementDetails) => {
      await session.ensureSnapshot();
      return agreements.patch(agreement.id, values);
    },
    [agreements, agreement.id, session],
  );
  const { form, status, savedAt, dirty, flush, pendingDraft, restoreDraft, discardDraft } = useRecordForm({
    initialValues,
    schema: agreementDetailsSchema,
    save,
    autosave: agreement.deletedAt === null,
    draftKey: `agreement-details:${agreement.id}`,
  });
  const blocker = useUnsavedGuard(dirty, flush, true);
  // A status change or an export saves what is typed here first.
  useEffect(() => session.registerFlush(flush), [session, flush]);
  const { values } = form;
  const perLanguage = (field: 'title' | 'signingPlace', label: string) => (
    <SimpleGrid cols={{ base: 1, md: values.languages.length }} spacing="sm">
      {values.languages.map((lang) => (
        <TextInput
          key={lang}
          lang={lang}
          label={t('form.inLanguage', { field: label, language: languageName(lang, language) })}
          {...form.getInputProps(`${field}.${lang}`)}
          value={values[field][lang] ?? ''}
          error={field === 'title' && lang === values.languages[0] ? form.errors.title : undefined}
        />
      ))}
    </SimpleGrid>
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
      noValidate
    >
      <Stack gap="lg">
        <Group justify="flex-end">
          <SaveStatusText status={status} savedAt={savedAt} />
        </Group>
        {pendingDraft ? <DraftOffer savedAt={pendingDraft.savedAt} onRestore={restoreDraft} onDiscard={discardDraft} /> : null}
        <Fieldset legend={t('details.text')}>
          <Stack gap="sm">
            {perLanguage('title', t('fields.title'))}
            <AgreementKindSelect value={values.kind} onChange={(kind) => form.setFieldValue('kind', kind)} />
            <LanguagesField value={values.languages} onChange={(languages) => form.setFieldValue('languages', languages)} error={form.errors.languages as string | undefined} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('fields.parties')}>
          <PartiesEditor form={form} />
        </Fieldset>
        <Fieldset legend={t('details.signing')}>
          <Stack gap="sm">
            {perLanguage('signingPlace', t('fields.signingPlace'))}
            <IsoDateInput label={t('fields.signingDate')} clearable w={240} {...form.getInputProps('signingDate')} />
          </Stack>
        </Fieldset>
      </Stack>
      <UnsavedChangesDialog blocker={blocker} canSave={status !== 'invalid' && status !== 'failed'} onDiscard={discardDraft} />
    </form>
  );
}
