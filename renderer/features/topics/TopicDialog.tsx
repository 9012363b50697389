import { useState } from 'react';
import { Anchor, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, emptyLocalized, pickLocalized } from '#shared/domain/lang';
import { topicInputSchema, type Topic, type TopicInput } from '#shared/domain/topics';
import { useWorkspace } from '../../data/workspace-context';
import { useErrorNotifier } from '../../app/error-notifier';
import { useUiStore } from '../../app/ui-store';
import { refusedFieldIssues, translateIssues, validateWith } from '../../components/record-form/zod-errors';
import { isRelabelledSeed, seededLabel } from './topic-labels';

interface Props {
  /** The topic to relabel, or null to add a new one. */
  topic: Topic | null;
  onClose: () => void;
}

/** Adds a topic or relabels one, in uk, ru and en; at least one label is required. */
export function TopicDialog({ topic, onClose }: Props) {
  const { t } = useTranslation('settings');
  const { t: tCommon } = useTranslation();
  const { topics } = useWorkspace();
  const language = useUiStore((state) => state.language);
  const notifyError = useErrorNotifier();
  const [saving, setSaving] = useState(false);
  const form = useForm<TopicInput>({
    mode: 'controlled',
    initialValues: { label: topic ? { ...topic.label } : emptyLocalized() },
    validate: (values) => validateWith(topicInputSchema, values, tCommon),
  });
  const original = topic ? seededLabel(topic.id) : null;

  const save = async (values: TopicInput) => {
    setSaving(true);
    try {
      const saved = topic ? await topics.relabel(topic.id, values) : await topics.create(values);
      notifications.show({ color: 'green', message: t(topic ? 'topics.relabelled' : 'topics.added', { name: pickLocalized(saved.label, language) }) });
      onClose();
    } catch (error) {
      // A label the repository refused is shown on its field, like the form's own checks.
      const issues = refusedFieldIssues(error);
      if (issues) form.setErrors(translateIssues(issues, tCommon));
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t(topic ? 'topics.editTitle' : 'topics.addTitle')} centered>
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Stack gap="sm">
          {UI_LANGUAGES.map((lang, index) => (
            <TextInput
              key={lang}
              lang={lang}
              data-autofocus={index === 0 ? true : undefined}
              label={tCommon('form.inLanguage', { field: t('topics.label'), language: tCommon(`languageNames.${lang}`) })}
              {...form.getInputProps(`label.${lang}`)}
            />
          ))}
          {original && topic && isRelabelledSeed({ id: topic.id, label: form.values.label }) ? (
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => form.setValues({ label: { ...original } })}>
              {t('topics.reset')}
            </Anchor>
          ) : null}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('topics.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('topics.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
