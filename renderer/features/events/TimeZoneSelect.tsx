import { useMemo, useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localTimeZone } from '../../app/format';
import { zoneOptions } from './time-zones';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange: (zone: string) => void;
  /** 'YYYY-MM-DD' the offsets are given for (an event's first day), or '' for today. */
  onDate: string;
};

/**
 * A searchable list of IANA zones labelled with their offset on the date that matters (Warsaw
 * is GMT+1 for a November forum even if planned in July); '' stands for none.
 */
export function TimeZoneSelect({ value, onChange, onDate, ...props }: Props) {
  const { t } = useTranslation('events');
  const [openedAt] = useState(() => Date.now());
  const onDateAt = Date.parse(`${onDate}T12:00:00Z`);
  const at = Number.isFinite(onDateAt) ? onDateAt : openedAt;
  // Labelling ~420 zones builds a formatter each: only when the date or the value changes.
  const data = useMemo(() => zoneOptions([value, localTimeZone()], at), [value, at]);
  return (
    <Select
      searchable
      data={data}
      value={value || null}
      onChange={(zone) => onChange(zone ?? '')}
      nothingFoundMessage={t('fields.timeZoneNothingFound')}
      {...props}
    />
  );
}
