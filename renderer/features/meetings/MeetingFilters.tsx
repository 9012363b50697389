import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MEETING_STATUSES, type MeetingStatus } from '#shared/domain/meeting';
import { NO_EVENT, activeFilterCount, type MeetingFilter } from '#shared/domain/meeting-filter';
import { IsoDateInput } from '../../components/record-form/IsoDateInput';

export interface FilterOption {
  value: string;
  label: string;
}

export interface MeetingFilterOptions {
  events: FilterOption[];
  organizations: FilterOption[];
  countries: FilterOption[];
  topics: FilterOption[];
}

interface Props {
  filter: MeetingFilter;
  options: MeetingFilterOptions;
  onChange: (patch: Partial<MeetingFilter>) => void;
  onClear: () => void;
}

const FIELD_WIDTH = 190;

/** The filters above the meetings table; what is chosen is remembered in the UI state. */
export function MeetingFilters({ filter, options, onChange, onClear }: Props) {
  const { t } = useTranslation('meetings');
  const active = activeFilterCount(filter);
  const select = (label: string, data: FilterOption[], value: string | null, change: (value: string | null) => void) => (
    <Select
      size="xs"
      w={FIELD_WIDTH}
      label={label}
      placeholder={t('filters.any')}
      data={data}
      value={value}
      onChange={change}
      searchable
      clearable
      nothingFoundMessage="—"
    />
  );

  return (
    <Group component="section" aria-label={t('filters.label')} gap="sm" align="flex-end" mb="sm" wrap="wrap">
      {select(t('filters.event'), [{ value: NO_EVENT, label: t('filters.noEvent') }, ...options.events], filter.eventId, (eventId) =>
        onChange({ eventId }),
      )}
      <IsoDateInput
        size="xs"
        w={140}
        label={t('filters.dateFrom')}
        placeholder={t('filters.any')}
        clearable
        value={filter.dateFrom}
        onChange={(dateFrom) => onChange({ dateFrom })}
      />
      <IsoDateInput
        size="xs"
        w={140}
        label={t('filters.dateTo')}
        placeholder={t('filters.any')}
        clearable
        value={filter.dateTo}
        onChange={(dateTo) => onChange({ dateTo })}
      />
      {select(t('filters.organization'), options.organizations, filter.organizationId, (organizationId) => onChange({ organizationId }))}
      {select(t('filters.country'), options.countries, filter.country || null, (country) => onChange({ country: country ?? '' }))}
      {select(t('filters.topic'), options.topics, filter.topic, (topic) => onChange({ topic }))}
      {select(
        t('filters.status'),
        MEETING_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        filter.status,
        (status) => onChange({ status: status as MeetingStatus | null }),
      )}
      {active > 0 ? (
        <Button size="xs" variant="subtle" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={onClear}>
          {t('filters.clear', { count: active })}
        </Button>
      ) : null}
    </Group>
  );
}
