import { useState } from 'react';
import { Anchor, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CLAUSE_CATEGORIES, CLAUSE_KINDS, type ClauseCategory, type ClauseKind, type LibraryClause } from '#shared/domain/agreement';
import { libraryClauseInputSchema, libraryClauseLabel, SEEDED_LIBRARY, type LibraryClauseInput } from '#shared/agreements/clause-library';
import { UI_LANGUAGES, emptyLocalized } from '#shared/domain/lang';
import type { LibraryEntry } from '../../../data/clause-library-repository';
import { useWorkspace } from '../../../data/workspace-context';
import { useErrorNotifier } from '../../../app/error-notifier';
import { useUiStore } from '../../../app/ui-store';
import { refusedFieldIssues, translateIssues, validateWith } from '../../../components/record-form/zod-errors';

interface Props {
  /** The clause to edit, or null to add one of the user's own. */
  entry: LibraryEntry | null;
  onClose: () => void;
}

const inputOf = ({ category, kind, heading, text }: LibraryClause): LibraryClauseInput => ({
  category,
  kind,
  heading: { ...heading },
  text: { ...text },
});

const blank = (): LibraryClauseInput => ({ category: 'areas', kind: 'section', heading: emptyLocalized(), text: emptyLocalized() });

/** Adds or edits a library clause: category, kind, and heading and text in uk, ru and en side by side. */
export function ClauseDialog({ entry, onClose }: Props) {
  const { t } = useTranslation('clauseLibrary');
  const { t: tCommon } = useTranslation();
  const { clauseLibrary } = useWorkspace();
  const language = useUiStore((state) => state.language);
  const notifyError = useErrorNotifier();
  const [saving, setSaving] = useState(false);
  const form = useForm<LibraryClauseInput>({
    mode: 'controlled',
    initialValues: entry ? inputOf(entry.clause) : blank(),
    validate: (values) => validateWith(libraryClauseInputSchema, values, tCommon),
  });
  const seed = entry && entry.origin !== 'own' ? SEEDED_LIBRARY.find((clause) => clause.id === entry.clause.id) : undefined;
  const differsFromSeed = seed !== undefined && JSON.stringify(inputOf(seed)) !== JSON.stringify(form.values);

  const save = async (values: LibraryClauseInput) => {
    setSaving(true);
    try {
      const saved = entry ? await clauseLibrary.update(entry.clause.id, values) : await clauseLibrary.create(values);
      const name = libraryClauseLabel(saved, language).heading || t('untitled');
      notifications.show({ color: 'green', message: t(entry ? 'saved' : 'added', { name }) });
      onClose();
    } catch (error) {
      // What the repository refuses shows on its field, like the form's own checks.
      const issues = refusedFieldIssues(error);
      if (issues) form.setErrors(translateIssues(issues, tCommon));
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t(entry ? 'dialog.editTitle' : 'dialog.addTitle')} size={1180} centered>
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Stack gap="md">
          <Group gap="md" align="flex-start" wrap="wrap">
            <Select
              label={t('dialog.category')}
              data={CLAUSE_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
              allowDeselect={false}
              w={300}
              {...form.getInputProps('category')}
              onChange={(value) => value && form.setFieldValue('category', value as ClauseCategory)}
            />
            <Select
              label={t('dialog.kind')}
              data={CLAUSE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
              allowDeselect={false}
              w={260}
              {...form.getInputProps('kind')}
              onChange={(value) => value && form.setFieldValue('kind', value as ClauseKind)}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {UI_LANGUAGES.map((lang, index) => {
              const languageName = tCommon(`languageNames.${lang}`);
              return (
                <Stack key={lang} gap="xs" lang={lang}>
                  <Title order={3} size="h5">
                    {languageName}
                  </Title>
                  <TextInput
                    label={tCommon('form.inLanguage', { field: t('dialog.heading'), language: languageName })}
                    data-autofocus={index === 0 ? true : undefined}
                    {...form.getInputProps(`heading.${lang}`)}
                  />
                  <Textarea
                    label={tCommon('form.inLanguage', { field: t('dialog.text'), language: languageName })}
                    autosize
                    minRows={6}
                    maxRows={18}
                    {...form.getInputProps(`text.${lang}`)}
                  />
                </Stack>
              );
            })}
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('dialog.placeholdersHint', { example: '{{party.A.name}}' })}
          </Text>
          <Group justify="space-between" gap="xs">
            {seed && differsFromSeed ? (
              <Anchor component="button" type="button" size="sm" onClick={() => form.setValues(inputOf(seed))}>
                {t('dialog.useDefault')}
              </Anchor>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('dialog.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('dialog.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
