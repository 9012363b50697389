import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useLiveOrganizationList } from '../../data/live-queries';
import { usePresortedOrder } from '../../components/record-table/use-table-layout';
import { useUiStore } from '../../app/ui-store';
import { RecordListPage } from '../../components/record-table/RecordListPage';
import { useListLabels } from '../../components/record-table/use-list-labels';
import { organizationSearchText, toOrganizationRow } from './organization-rows';
import { ORGANIZATION_COLUMNS, ORGANIZATIONS_DEFAULT_LAYOUT } from './organizations.columns';

export function OrganizationsPage() {
  const { t } = useTranslation('organizations');
  const language = useUiStore((state) => state.language);
  const nameOrder = usePresortedOrder('organizations', ORGANIZATIONS_DEFAULT_LAYOUT, 'name');
  const { items: organizations, complete } = useLiveOrganizationList(language, nameOrder);

  const rows = useMemo(() => {
    if (!organizations) return undefined;
    const names = new Map(organizations.map((org) => [org.id, organizationDisplayName(org, language)]));
    return organizations.map((org) => toOrganizationRow(org, names, language, t));
  }, [organizations, language, t]);

  const labels = useListLabels('organizations');

  return (
    <RecordListPage
      basePath="/organizations"
      tableId="organizations"
      {...labels}
      rows={rows}
      columns={ORGANIZATION_COLUMNS}
      defaultLayout={ORGANIZATIONS_DEFAULT_LAYOUT}
      searchTextOf={organizationSearchText}
      presortedColumn="name"
      complete={complete}
    />
  );
}
