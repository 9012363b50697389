import { useMemo, useState } from 'react';
import { Button, Fieldset, Group, MultiSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_IDS, type TemplateId } from '#shared/domain/agreement';
import { isAppError } from '#shared/errors/app-error';
import type { FieldIssue } from '#shared/domain/validation';
import { isUiLanguage } from '#shared/domain/lang';
import { AGREEMENT_TEMPLATES } from '#shared/agreements/templates';
import { useWorkspace } from '../../data/workspace-context';
import { useLiveMeetings } from '../../data/meeting-queries';
import { useUiStore } from '../../app/ui-store';
import { useErrorNotifier } from '../../app/error-notifier';
import { PageHeader } from '../../components/layout/PageHeader';
import { IsoDateInput } from '../../components/record-form/IsoDateInput';
import { translateIssues } from '../../components/record-form/zod-errors';
import { LanguagesField } from './form/LanguagesField';
import { NewPartiesFields } from './form/NewPartiesFields';
import { newAgreementInput, type NewAgreementValues, type TemplateChoice } from './form/new-agreement';
import { unknownLanguageCode } from './form/language-codes';
import { useClauseLibrary } from './library';
import { meetingOptionLabel } from './meeting-options';
import { languageName } from '../../app/format';
import { AgreementKindSelect } from './form/AgreementKindSelect';

const INITIAL: NewAgreementValues = {
  template: 'memorandumOfCooperation',
  kind: 'memorandumOfCooperation',
  title: {},
  languages: ['uk', 'en'],
  parties: [
    { organizationId: null, signatoryContactIds: [] },
    { organizationId: null, signatoryContactIds: [] },
  ],
  signingPlace: {},
  signingDate: '',
  meetingIds: [],
};

/** Starts an agreement from a template (or blank) and opens it in the editor. */
export function AgreementCreatePage() {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { agreements } = useWorkspace();
  const notifyError = useErrorNotifier();
  const navigate = useNavigate();
  const library = useClauseLibrary();
  const meetings = useLiveMeetings();
  const [creating, setCreating] = useState(false);
  const form = useForm<NewAgreementValues>({ mode: 'controlled', initialValues: INITIAL });
  const { values } = form;

  const meetingOptions = useMemo(
    () => (meetings ?? []).map((meeting) => ({ value: meeting.id, label: meetingOptionLabel(meeting, language, t('untitledMeeting')) })).reverse(),
    [meetings, language, t],
  );

  const chooseTemplate = (template: TemplateChoice) => {
    form.setFieldValue('template', template);
    if (template !== 'blank') form.setFieldValue('kind', AGREEMENT_TEMPLATES[template].kind);
  };

  const templateTitle = (lang: string) => (values.template !== 'blank' && isUiLanguage(lang) ? AGREEMENT_TEMPLATES[values.template].title[lang] : '');

  const create = async () => {
    form.clearErrors();
    const unknown = unknownLanguageCode(values.languages);
    if (unknown) {
      form.setFieldError('languages', t('form.unknownLanguage', { code: unknown }));
      return;
    }
    setCreating(true);
    try {
      const created = await agreements.create(newAgreementInput(values, library ?? [], Date.now()));
      void navigate(`/agreements/${created.id}`, { replace: true });
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') form.setErrors(translateIssues((error.details?.issues ?? []) as FieldIssue[], tc));
      else notifyError(error);
    } finally {
      setCreating(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
      noValidate
    >
      <PageHeader title={t('create.title')}>
        <Group>
          <Button variant="default" onClick={() => void navigate('/agreements')}>
            {t('create.cancel')}
          </Button>
          <Button type="submit" loading={creating || library === undefined}>
            {t('create.submit')}
          </Button>
        </Group>
      </PageHeader>
      <Stack gap="lg">
        <Fieldset legend={t('create.start')}>
          <Stack gap="sm">
            <Radio.Group label={t('fields.template')} value={values.template} onChange={(value) => chooseTemplate(value as TemplateChoice)}>
              <Group mt="xs">
                {[...TEMPLATE_IDS, 'blank' as const].map((id: TemplateId | 'blank') => (
                  <Radio key={id} value={id} label={t(`template.${id}`)} />
                ))}
              </Group>
            </Radio.Group>
            <AgreementKindSelect value={values.kind} onChange={(kind) => form.setFieldValue('kind', kind)} />
            <LanguagesField value={values.languages} onChange={(languages) => form.setFieldValue('languages', languages)} error={form.errors.languages as string | undefined} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('create.titleAndSigning')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, md: values.languages.length }} spacing="sm">
              {values.languages.map((lang) => (
                <TextInput
                  key={lang}
                  lang={lang}
                  label={t('form.inLanguage', { field: t('fields.title'), language: languageName(lang, language) })}
                  placeholder={templateTitle(lang)}
                  value={values.title[lang] ?? ''}
                  onChange={(event) => form.setFieldValue('title', { ...values.title, [lang]: event.currentTarget.value })}
                  error={lang === 'uk' ? (form.errors.title as string | undefined) : undefined}
                />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: values.languages.length }} spacing="sm">
              {values.languages.map((lang) => (
                <TextInput
                  key={lang}
                  lang={lang}
                  label={t('form.inLanguage', { field: t('fields.signingPlace'), language: languageName(lang, language) })}
                  value={values.signingPlace[lang] ?? ''}
                  onChange={(event) => form.setFieldValue('signingPlace', { ...values.signingPlace, [lang]: event.currentTarget.value })}
                />
              ))}
            </SimpleGrid>
            <IsoDateInput label={t('fields.signingDate')} clearable w={240} value={values.signingDate} onChange={(date) => form.setFieldValue('signingDate', date)} error={form.errors.signingDate} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('fields.parties')}>
          <NewPartiesFields form={form} />
        </Fieldset>
        <Fieldset legend={t('fields.meetings')}>
          <MultiSelect
            label={t('form.linkedMeetings')}
            description={t('form.linkedMeetingsHint')}
            data={meetingOptions}
            searchable
            clearable
            nothingFoundMessage="—"
            {...form.getInputProps('meetingIds')}
          />
        </Fieldset>
      </Stack>
    </form>
  );
}
