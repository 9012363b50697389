import { useMemo } from 'react';
import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { COMMON_LANGUAGE_CODES, COUNTRY_CODES } from '#shared/domain/countries';
import { useUiStore } from '../../app/ui-store';
import { countryName, languageName } from '../../app/format';

const collator = new Intl.Collator('uk');

function useOptions(codes: readonly string[], name: (code: string) => string) {
  return useMemo(
    () => codes.map((code) => ({ value: code, label: name(code) })).sort((a, b) => collator.compare(a.label, b.label)),
    [codes, name],
  );
}

type CountrySelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value?: string;
  onChange?: (code: string) => void;
};

/** Stores '' for "no country" so the value always matches the record schema. */
export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const language = useUiStore((state) => state.language);
  const name = useMemo(() => (code: string) => countryName(code, language), [language]);
  const data = useOptions(COUNTRY_CODES, name);
  return <Select searchable clearable data={data} value={value || null} onChange={(code) => onChange?.(code ?? '')} {...props} />;
}

export function LanguagesSelect(props: Omit<MultiSelectProps, 'data'>) {
  const language = useUiStore((state) => state.language);
  const name = useMemo(() => (code: string) => languageName(code, language), [language]);
  const selected = props.value;
  const codes = useMemo(() => [...new Set([...COMMON_LANGUAGE_CODES, ...(selected ?? [])])], [selected]);
  const data = useOptions(codes, name);
  return <MultiSelect searchable clearable data={data} {...props} />;
}
