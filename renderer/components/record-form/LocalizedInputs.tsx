import { Anchor, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '#shared/domain/lang';

interface Props {
  // The form's value type differs per record; only the path matters here.
  form: UseFormReturnType<never>;
  path: string;
  label: string;
  required?: boolean;
  /** Spellings to offer for empty languages (e.g. the romanized Ukrainian name for English). */
  suggestions?: Partial<Record<UiLanguage, string>>;
}

/** One input per working language for a field kept in uk, ru and en. */
export function LocalizedInputs({ form, path, label, required, suggestions }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      {UI_LANGUAGES.map((lang) => {
        const inputProps = form.getInputProps(`${path}.${lang}`);
        const suggestion = suggestions?.[lang]?.trim();
        // Offered only while the field is empty: what the user typed is never overwritten.
        const offer =
          suggestion && !String(inputProps.value ?? '').trim() ? (
            <Anchor component="button" type="button" size="xs" onClick={() => form.setFieldValue(`${path}.${lang}`, suggestion as never)}>
              {t('form.useSuggestion', { value: suggestion })}
            </Anchor>
          ) : null;
        return (
          <TextInput
            key={lang}
            label={t('form.inLanguage', { field: label, language: t(`languageNames.${lang}`) })}
            lang={lang}
            withAsterisk={required && lang === 'uk'}
            {...inputProps}
            description={offer}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
        );
      })}
    </SimpleGrid>
  );
}
