import { useCallback, useMemo } from 'react';
import { Button, Loader } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useLiveOrganizations } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';
import { RecordTable } from '../../components/record-table/RecordTable';
import { PageHeader } from '../../components/layout/PageHeader';
import { EmptyWorkspace } from '../sample/EmptyWorkspace';
import { toOrganizationRow, type OrganizationRow } from './organization-rows';
import { ORGANIZATION_COLUMNS, ORGANIZATIONS_DEFAULT_LAYOUT } from './organizations.columns';

export function OrganizationsPage() {
  const { t } = useTranslation('organizations');
  const language = useUiStore((state) => state.language);
  const organizations = useLiveOrganizations(language);
  const navigate = useNavigate();

  const rows = useMemo(() => {
    if (!organizations) return undefined;
    const names = new Map(organizations.map((org) => [org.id, organizationDisplayName(org, language)]));
    return organizations.map((org) => toOrganizationRow(org, names, language, t));
  }, [organizations, language, t]);

  const open = useCallback((row: OrganizationRow) => navigate(`/organizations/${row.id}`), [navigate]);
  const countLabel = useCallback(
    (shown: number, total: number) =>
      shown === total ? t('count', { count: total }) : t('countFiltered', { count: shown, total }),
    [t],
  );
  const newButton = (
    <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('new')}
    </Button>
  );

  return (
    <div className="page page--fill">
      <PageHeader title={t('title')} />
      {rows === undefined ? (
        <Loader />
      ) : rows.length === 0 ? (
        <EmptyWorkspace message={t('empty')} action={newButton} />
      ) : (
        <RecordTable
          tableId="organizations"
          label={t('title')}
          rows={rows}
          columns={ORGANIZATION_COLUMNS}
          defaultLayout={ORGANIZATIONS_DEFAULT_LAYOUT}
          countLabel={countLabel}
          onOpen={open}
          toolbar={newButton}
        />
      )}
    </div>
  );
}
