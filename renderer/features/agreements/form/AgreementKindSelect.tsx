import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, type AgreementKind } from '#shared/domain/agreement';

/** Memorandum of understanding, of cooperation, twinning agreement…, named in the UI language. */
export function AgreementKindSelect({ value, onChange }: { value: AgreementKind; onChange: (kind: AgreementKind) => void }) {
  const { t } = useTranslation('agreements');
  return (
    <Select
      label={t('fields.kind')}
      data={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
      allowDeselect={false}
      w={320}
      value={value}
      onChange={(kind) => kind && onChange(kind as AgreementKind)}
    />
  );
}
