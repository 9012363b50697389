import { useMemo, useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { zoneChoices } from '#shared/time/time-zones';
import { useUiStore } from '../../app/ui-store';
import { localTimeZone } from '../../app/format';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** An IANA zone, or '' for none. */
  value?: string;
  onChange?: (zone: string) => void;
  /** 'YYYY-MM-DD' the offsets are given for (an event's first day, a meeting's date); '' or none for today. */
  onDate?: string;
};

/**
 * IANA zones in their current spelling (Europe/Kyiv), searchable by city ("Warsaw"), country
 * name in the UI language ("Польща") or offset ("GMT+1"), the offset being the one in force on
 * `onDate`. The stored zone and this computer's are always offered.
 */
export function TimeZoneSelect({ value, onChange, onDate, ...props }: Props) {
  const { t } = useTranslation('common');
  const language = useUiStore((state) => state.language);
  const [openedAt] = useState(() => Date.now());
  const onDateAt = onDate ? Date.parse(`${onDate}T12:00:00Z`) : NaN;
  const at = Number.isFinite(onDateAt) ? onDateAt : openedAt;
  // ~420 zones, each with a formatted offset: only when the language, date or value changes.
  const data = useMemo(
    () =>
      zoneChoices([value ?? '', localTimeZone()], language, at).map(({ zone, name, offset }) => ({
        value: zone,
        label: t('form.timeZoneOption', { zone: zone.replaceAll('_', ' '), name, offset }),
      })),
    [language, t, value, at],
  );
  return (
    <Select
      searchable
      data={data}
      value={value || null}
      onChange={(zone) => onChange?.(zone ?? '')}
      nothingFoundMessage={t('form.timeZoneNothingFound')}
      {...props}
    />
  );
}
