import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '#shared/time/typed-date';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDate } from '../../app/format';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** 'YYYY-MM-DD'; '' or null for none. */
  value?: string | null;
  /** Called with 'YYYY-MM-DD', or '' once the date is cleared. */
  onChange?: (value: string) => void;
  /** How the chosen date is written in the field, as Intl's dateStyle. */
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
};

/**
 * A calendar date field holding 'YYYY-MM-DD': picked or typed (ISO or day first, see
 * parseTypedDate), shown in the UI language. A clearable one names its clear button.
 */
export function IsoDateInput({ value, onChange, dateStyle = 'medium', clearButtonProps, ...props }: Props) {
  const { t } = useTranslation('common');
  const language = useUiStore((state) => state.language);
  return (
    <DateInput
      value={value || null}
      onChange={(next) => onChange?.(next ? next.slice(0, 10) : '')}
      valueFormat={(date) => formatIsoDate(date.slice(0, 10), language, dateStyle)}
      dateParser={parseTypedDate}
      clearButtonProps={{ 'aria-label': t('form.clearDate'), ...clearButtonProps }}
      {...props}
    />
  );
}
