import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '#shared/domain/lang';

interface Props {
  value: UiLanguage;
  onChange: (lang: UiLanguage) => void;
  disabled?: boolean;
  description?: string;
}

/** The language the document is written in (labels, dates, names), independent of the interface's. */
export function LanguageField({ value, onChange, disabled, description }: Props) {
  const { t } = useTranslation('exports');
  return (
    <Radio.Group label={t('dialog.language')} description={description ?? t('dialog.languageHint')} value={value} onChange={(next) => onChange(next as UiLanguage)}>
      <Group mt="xs" gap="lg">
        {UI_LANGUAGES.map((lang) => (
          <Radio key={lang} value={lang} label={t(`languageNames.${lang}`, { ns: 'common' })} lang={lang} disabled={disabled} />
        ))}
      </Group>
    </Radio.Group>
  );
}
