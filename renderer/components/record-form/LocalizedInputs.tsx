import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '#shared/domain/lang';

interface Props {
  // The form's value type differs per record; only the path matters here.
  form: UseFormReturnType<never>;
  path: string;
  label: string;
  required?: boolean;
}

/** One input per working language for a field kept in uk, ru and en. */
export function LocalizedInputs({ form, path, label, required }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      {UI_LANGUAGES.map((lang) => (
        <TextInput
          key={lang}
          label={t('form.inLanguage', { field: label, language: t(`languageNames.${lang}`) })}
          lang={lang}
          withAsterisk={required && lang === 'uk'}
          {...form.getInputProps(`${path}.${lang}`)}
        />
      ))}
    </SimpleGrid>
  );
}
