import { Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventInput } from '#shared/domain/event';
import { LocalizedInputs } from '../../components/record-form/LocalizedInputs';
import { CountrySelect } from '../../components/record-form/CodeSelects';
import { IsoDateInput } from '../../components/record-form/IsoDateInput';
import { TimeZoneSelect } from '../../components/record-form/TimeZoneSelect';
import { RichTextEditor } from '../../components/rich-text';
import { MemoFields } from '../../components/record-form/MemoFields';
import { ContactMultiPicker } from '../contacts';

export function EventForm({ form }: { form: UseFormReturnType<EventInput> }) {
  const { t } = useTranslation('events');
  const loose = form as unknown as UseFormReturnType<never>;
  const kinds = EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  const { startDate, endDate } = form.values;
  // Typing notes must not redraw the zone list and the pickers (see MemoFields).
  const { notes, ...otherValues } = form.values;
  // The schema calls an empty date invalid; to the user a missing date is simply required.
  const dateError = (value: string, path: 'startDate' | 'endDate') =>
    form.errors[path] && !value ? t('required', { ns: 'validation' }) : form.errors[path];

  return (
    <Stack gap="lg">
      <MemoFields deps={[otherValues, form.errors, t]}>
        {() => (
          <>
            <Fieldset legend={t('form.name')}>
              <Stack gap="sm">
                <LocalizedInputs form={loose} path="name" label={t('fields.name')} required />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select label={t('fields.kind')} data={kinds} allowDeselect={false} {...form.getInputProps('kind')} />
                </SimpleGrid>
              </Stack>
            </Fieldset>
            <Fieldset legend={t('form.place')}>
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <CountrySelect label={t('fields.country')} {...form.getInputProps('country')} />
                  <TextInput label={t('fields.venue')} placeholder={t('fields.venueHint')} {...form.getInputProps('venue')} />
                </SimpleGrid>
                <LocalizedInputs form={loose} path="city" label={t('fields.city')} />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('form.dates')}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <IsoDateInput
                  label={t('fields.startDate')}
                  placeholder={t('fields.datePlaceholder')}
                  dateStyle="long"
                  withAsterisk
                  {...form.getInputProps('startDate')}
                  value={startDate}
                  error={dateError(startDate, 'startDate')}
                  onChange={(date) => {
                    form.setFieldValue('startDate', date);
                    // A one-day event is the common case; an end already chosen is left as it is.
                    if (date && !endDate) form.setFieldValue('endDate', date);
                  }}
                />
                <IsoDateInput
                  label={t('fields.endDate')}
                  placeholder={t('fields.datePlaceholder')}
                  dateStyle="long"
                  withAsterisk
                  defaultDate={endDate || startDate || undefined}
                  {...form.getInputProps('endDate')}
                  value={endDate}
                  error={dateError(endDate, 'endDate')}
                  onChange={(date) => form.setFieldValue('endDate', date)}
                />
                <TimeZoneSelect
                  label={t('fields.timeZone')}
                  description={t('fields.timeZoneHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  withAsterisk
                  {...form.getInputProps('timeZone')}
                  value={form.values.timeZone}
                  onDate={startDate}
                  onChange={(zone) => form.setFieldValue('timeZone', zone)}
                />
              </SimpleGrid>
            </Fieldset>
          </>
        )}
      </MemoFields>
      <Fieldset legend={t('form.people')}>
        <Stack gap="sm">
          <MemoFields deps={[form.values.delegation, form.errors, t]}>
            {() => (
              <ContactMultiPicker side="ours" label={t('fields.delegation')} description={t('fields.delegationHint')} {...form.getInputProps('delegation')} />
            )}
          </MemoFields>
          <RichTextEditor
            label={t('fields.notes')}
            value={notes}
            onChange={(html) => form.setFieldValue('notes', html)}
            error={typeof form.errors.notes === 'string' ? form.errors.notes : undefined}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
