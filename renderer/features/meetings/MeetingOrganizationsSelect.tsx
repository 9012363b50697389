import { useMemo } from 'react';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useLiveOrganizations } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';

/** Organizations in name order for the UI language. */
export function MeetingOrganizationsSelect(props: Omit<MultiSelectProps, 'data'>) {
  const language = useUiStore((state) => state.language);
  const organizations = useLiveOrganizations(language);
  const data = useMemo(
    () => (organizations ?? []).map((org) => ({ value: org.id, label: organizationDisplayName(org, language) || org.id })),
    [organizations, language],
  );
  return <MultiSelect searchable clearable data={data} nothingFoundMessage="—" {...props} />;
}
