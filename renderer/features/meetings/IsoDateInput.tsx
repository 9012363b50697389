import { DateInput, type DateInputProps } from '@mantine/dates';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDate } from '../../app/format';
import { parseTypedDate } from './typed-date';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** 'YYYY-MM-DD', or '' for none. */
  value?: string;
  onChange?: (value: string) => void;
};

/** A calendar date field holding 'YYYY-MM-DD' strings, shown in the UI language. */
export function IsoDateInput({ value, onChange, ...props }: Props) {
  const language = useUiStore((state) => state.language);
  return (
    <DateInput
      value={value || null}
      onChange={(next) => onChange?.(next ? next.slice(0, 10) : '')}
      valueFormat={(date) => formatIsoDate(date.slice(0, 10), language)}
      dateParser={parseTypedDate}
      {...props}
    />
  );
}
