import { Fieldset, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, type OrganizationInput } from '#shared/domain/organization';
import { LocalizedInputs } from '../../components/record-form/LocalizedInputs';
import { CountrySelect } from '../../components/record-form/CodeSelects';
import { OrganizationPicker } from './OrganizationPicker';
import { latinSuggestionForUk } from '#shared/text/latin-suggestion';

export function OrganizationForm({ form, id }: { form: UseFormReturnType<OrganizationInput>; id: string | null }) {
  const { t } = useTranslation('organizations');
  const loose = form as unknown as UseFormReturnType<never>;
  const kinds = ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));

  return (
    <Stack gap="lg">
      <Fieldset legend={t('form.name')}>
        <Stack gap="sm">
          <LocalizedInputs form={loose} path="name" label={t('fields.name')} required suggestions={{ en: latinSuggestionForUk(form.values.name.uk) }} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.nameOriginal')} description={t('fields.nameOriginalHint')} {...form.getInputProps('nameOriginal')} />
            <TextInput label={t('fields.shortName')} {...form.getInputProps('shortName')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('fields.kind')} data={kinds} allowDeselect={false} {...form.getInputProps('kind')} />
            <OrganizationPicker label={t('fields.parent')} excludeId={id ?? undefined} {...form.getInputProps('parentId')} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.place')}>
        <Stack gap="sm">
          <CountrySelect label={t('fields.country')} {...form.getInputProps('country')} />
          <LocalizedInputs form={loose} path="city" label={t('fields.city')} />
          <TextInput label={t('fields.website')} {...form.getInputProps('website')} />
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
