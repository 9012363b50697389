import { useMemo } from 'react';
import { Badge, Group, Input, Pill, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMMON_AGREEMENT_LANGUAGES, MAX_AGREEMENT_LANGUAGES } from '#shared/domain/agreement';
import { languageNameIn } from '#shared/agreements/document-labels';
import { useUiStore } from '../../../app/ui-store';

interface Props {
  /** Column order, Ukrainian first. */
  value: readonly string[];
  onChange: (languages: string[]) => void;
  error?: string;
}

/**
 * Ukrainian, always, plus one or two languages: picked from the usual ones or typed as any
 * ISO 639-1 code ("it", "ka"). The schema and the form check the codes.
 */
export function LanguagesField({ value, onChange, error }: Props) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const others = value.filter((code) => code !== 'uk');
  const name = (code: string) => `${languageNameIn(code, language)} (${code})`;
  const data = useMemo(() => COMMON_AGREEMENT_LANGUAGES.filter((code) => code !== 'uk').map((code) => ({ value: code, label: name(code) })), [language]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Input.Wrapper label={t('fields.languages')} description={t('form.languagesHint')} error={error} withAsterisk>
      <Group gap="xs" align="center" wrap="nowrap" mt={4}>
        <Badge variant="light" tt="none" size="lg">
          {name('uk')}
        </Badge>
        <TagsInput
          flex={1}
          aria-label={t('form.otherLanguages')}
          placeholder={others.length < MAX_AGREEMENT_LANGUAGES - 1 ? t('form.addLanguage') : undefined}
          data={data}
          value={others}
          maxTags={MAX_AGREEMENT_LANGUAGES - 1}
          error={Boolean(error)}
          onChange={(codes) => onChange(['uk', ...new Set(codes.map((code) => code.trim().toLowerCase()).filter((code) => code && code !== 'uk'))])}
          renderPill={({ value: code, onRemove, disabled }) => (
            <Pill key={code} withRemoveButton={!disabled} onRemove={onRemove} removeButtonProps={{ 'aria-label': t('form.removeLanguage', { language: name(code ?? '') }) }}>
              {name(code ?? '')}
            </Pill>
          )}
          splitChars={[',', ' ', ';']}
          acceptValueOnBlur
        />
      </Group>
    </Input.Wrapper>
  );
}
