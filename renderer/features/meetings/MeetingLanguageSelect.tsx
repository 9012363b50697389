import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { COMMON_LANGUAGE_CODES } from '#shared/domain/countries';
import { useUiStore } from '../../app/ui-store';
import { INTL_LOCALE, languageName } from '../../app/format';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** ISO 639-1, or '' when not set. */
  value?: string;
  onChange?: (code: string) => void;
};

/** One language, named in the UI language; stores '' for "not set", as the schema expects. */
export function MeetingLanguageSelect({ value, onChange, ...props }: Props) {
  const language = useUiStore((state) => state.language);
  const data = useMemo(() => {
    const collator = new Intl.Collator(INTL_LOCALE[language]);
    const codes = [...new Set([...COMMON_LANGUAGE_CODES, ...(value ? [value] : [])])];
    return codes.map((code) => ({ value: code, label: languageName(code, language) })).sort((a, b) => collator.compare(a.label, b.label));
  }, [language, value]);
  return <Select searchable clearable data={data} value={value || null} onChange={(code) => onChange?.(code ?? '')} nothingFoundMessage="—" {...props} />;
}
