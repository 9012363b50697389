import { ActionIcon, Button, Checkbox, Fieldset, Group, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MESSENGERS, type ContactInput } from '#shared/domain/contact';
import { LocalizedInputs } from '../../components/record-form/LocalizedInputs';
import { CountrySelect, LanguagesSelect } from '../../components/record-form/CodeSelects';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { latinSuggestionForUk } from '#shared/text/latin-suggestion';

export function ContactForm({ form }: { form: UseFormReturnType<ContactInput> }) {
  const { t } = useTranslation('contacts');
  const loose = form as unknown as UseFormReturnType<never>;
  const messengerOptions = MESSENGERS.map((kind) => ({ value: kind, label: t(`messengers.${kind}`) }));

  return (
    <Stack gap="lg">
      <Fieldset legend={t('form.name')}>
        <Stack gap="sm">
          <LocalizedInputs
            form={loose}
            path="givenName"
            label={t('fields.givenName')}
            suggestions={{ en: latinSuggestionForUk(form.values.givenName.uk) }}
          />
          <LocalizedInputs
            form={loose}
            path="familyName"
            label={t('fields.familyName')}
            required
            suggestions={{ en: latinSuggestionForUk(form.values.familyName.uk) }}
          />
          <TextInput label={t('fields.nameOriginal')} description={t('fields.nameOriginalHint')} {...form.getInputProps('nameOriginal')} />
          <LocalizedInputs form={loose} path="honorific" label={t('fields.honorific')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.work')}>
        <Stack gap="sm">
          <OrganizationPicker label={t('fields.organization')} {...form.getInputProps('organizationId')} />
          <LocalizedInputs form={loose} path="position" label={t('fields.position')} />
          <Checkbox
            label={t('fields.ourStaff')}
            description={t('fields.ourStaffHint')}
            {...form.getInputProps('ourStaff', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.place')}>
        <Stack gap="sm">
          <CountrySelect label={t('fields.country')} {...form.getInputProps('country')} />
          <LocalizedInputs form={loose} path="city" label={t('fields.city')} />
          <LanguagesSelect label={t('fields.languages')} {...form.getInputProps('languages')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.reach')}>
        <Stack gap="sm">
          <TagsInput label={t('fields.emails')} description={t('fields.listHint')} acceptValueOnBlur {...form.getInputProps('emails')} />
          <TagsInput label={t('fields.phones')} description={t('fields.listHint')} acceptValueOnBlur {...form.getInputProps('phones')} />
          {form.values.messengers.map((_, index) => (
            <Group key={index} align="flex-end" wrap="nowrap">
              <Select
                label={t('fields.messenger')}
                data={messengerOptions}
                allowDeselect={false}
                {...form.getInputProps(`messengers.${index}.kind`)}
              />
              <TextInput style={{ flex: 1 }} label={t('fields.handle')} {...form.getInputProps(`messengers.${index}.handle`)} />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('form.removeMessenger')}
                onClick={() => form.removeListItem('messengers', index)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('messengers', { kind: 'telegram', handle: '' })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('form.addMessenger')}
          </Button>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.other')}>
        <Stack gap="sm">
          <TagsInput label={t('fields.tags')} acceptValueOnBlur {...form.getInputProps('tags')} />
          <Textarea label={t('fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
