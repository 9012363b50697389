import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useLiveOrganizations } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';

type Props = Omit<SelectProps, 'data'> & {
  /** An organization that may not be picked, e.g. itself as its own parent. */
  excludeId?: string;
};

export function OrganizationPicker({ excludeId, ...props }: Props) {
  const language = useUiStore((state) => state.language);
  const organizations = useLiveOrganizations(language);
  const data = useMemo(
    () =>
      (organizations ?? [])
        .filter((org) => org.id !== excludeId)
        .map((org) => ({ value: org.id, label: organizationDisplayName(org, language) || org.id })),
    [organizations, excludeId, language],
  );
  return <Select searchable clearable data={data} nothingFoundMessage="—" {...props} />;
}
