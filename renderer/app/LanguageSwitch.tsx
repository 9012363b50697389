import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from '#shared/domain/lang';
import { useUiStore } from './ui-store';

const SHORT_LABEL = { uk: 'УКР', ru: 'РУС', en: 'ENG' } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('languageSwitch')}
      value={language}
      onChange={(value) => {
        if (isUiLanguage(value)) setLanguage(value);
      }}
      data={UI_LANGUAGES.map((lang) => ({
        value: lang,
        label: (
          <span lang={lang} title={t(`languageNames.${lang}`)} aria-label={t(`languageNames.${lang}`)}>
            {SHORT_LABEL[lang]}
          </span>
        ),
      }))}
    />
  );
}
