import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MEETING_STATUSES, type MeetingInput, type MeetingStatus } from '#shared/domain/meeting';
import { pickLocalized } from '#shared/domain/lang';
import { useTopics } from '../../data/meeting-queries';
import { useUiStore } from '../../app/ui-store';
import { LocalizedInputs } from '../../components/record-form/LocalizedInputs';
import { MemoFields } from '../../components/record-form/MemoFields';
import { RichTextEditor } from '../../components/rich-text';
import { MeetingPeopleFields } from './MeetingPeopleFields';
import { MeetingScheduleFields } from './MeetingScheduleFields';

/**
 * The meeting form. Each part re-renders only when its own values change (MemoFields), so
 * typing notes does not redraw the pickers over every contact: no keystroke costs a long task.
 */
export function MeetingForm({ form }: { form: UseFormReturnType<MeetingInput> }) {
  const { t } = useTranslation('meetings');
  const language = useUiStore((state) => state.language);
  const topics = useTopics();
  const loose = form as unknown as UseFormReturnType<never>;
  const { values, errors } = form;
  const topicOptions = (topics ?? []).map((topic) => ({ value: topic.id, label: pickLocalized(topic.label, language) || topic.id }));
  const statusOptions = MEETING_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }));
  const shared = [errors, language, t];

  return (
    <Stack gap="lg">
      <MemoFields deps={[values.title, values.status, ...shared]}>
        {() => (
          <Fieldset legend={t('form.main')}>
            <Stack gap="sm">
              <LocalizedInputs form={loose} path="title" label={t('fields.title')} required />
              <Select
                label={t('fields.status')}
                data={statusOptions}
                allowDeselect={false}
                w={240}
                {...form.getInputProps('status')}
                onChange={(status) => status && form.setFieldValue('status', status as MeetingStatus)}
              />
            </Stack>
          </Fieldset>
        )}
      </MemoFields>
      <MemoFields deps={[values.eventId, values.date, values.startTime, values.endTime, values.timeZone, values.place, ...shared]}>
        {() => (
          <Fieldset legend={t('form.when')}>
            <MeetingScheduleFields form={form} />
          </Fieldset>
        )}
      </MemoFields>
      <MemoFields deps={[values.place, ...shared]}>
        {() => (
          <Fieldset legend={t('form.where')}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <TextInput label={t('fields.venue')} {...form.getInputProps('place.venue')} />
              <TextInput label={t('fields.room')} {...form.getInputProps('place.room')} />
              <TextInput label={t('fields.table')} {...form.getInputProps('place.table')} />
              <TextInput type="url" label={t('fields.onlineUrl')} placeholder={t('form.onlineUrlHint')} {...form.getInputProps('place.onlineUrl')} />
            </SimpleGrid>
          </Fieldset>
        )}
      </MemoFields>
      <MemoFields deps={[values.ourParticipantIds, values.theirParticipantIds, values.organizationIds, values.language, values.interpreter, ...shared]}>
        {() => (
          <Fieldset legend={t('form.who')}>
            <MeetingPeopleFields form={form} />
          </Fieldset>
        )}
      </MemoFields>
      <Fieldset legend={t('form.what')}>
        <Stack gap="sm">
          <MemoFields deps={[values.topics, values.agenda, topics, ...shared]}>
            {() => (
              <>
                <MultiSelect label={t('fields.topics')} data={topicOptions} searchable clearable nothingFoundMessage="—" {...form.getInputProps('topics')} />
                <Textarea label={t('fields.agenda')} autosize minRows={3} {...form.getInputProps('agenda')} />
              </>
            )}
          </MemoFields>
          <RichTextEditor
            label={t('fields.notes')}
            value={values.notes}
            onChange={(html) => form.setFieldValue('notes', html)}
            error={typeof errors.notes === 'string' ? errors.notes : undefined}
          />
          <MemoFields deps={[values.outcomes, ...shared]}>
            {() => (
              <Textarea label={t('fields.outcomes')} description={t('form.outcomesHint')} autosize minRows={3} {...form.getInputProps('outcomes')} />
            )}
          </MemoFields>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
