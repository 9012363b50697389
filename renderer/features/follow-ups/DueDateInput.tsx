import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDate } from '../../app/format';
import { parseTypedDate } from './typed-date';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** 'YYYY-MM-DD', or null for none. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A due date: picked from the calendar or typed, shown in the UI language. */
export function DueDateInput({ value, onChange, ...props }: Props) {
  const { t } = useTranslation('followUps');
  const language = useUiStore((state) => state.language);
  return (
    <DateInput
      value={value}
      onChange={(next) => onChange(next ? next.slice(0, 10) : null)}
      valueFormat={(date) => formatIsoDate(date.slice(0, 10), language)}
      dateParser={parseTypedDate}
      clearable
      clearButtonProps={{ 'aria-label': t('fields.clearDueDate') }}
      {...props}
    />
  );
}
