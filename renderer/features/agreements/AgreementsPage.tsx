import { useCallback, useMemo } from 'react';
import { Button, Loader } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementKind, AgreementStatus } from '#shared/domain/agreement';
import { useLiveOrganizations } from '../../data/live-queries';
import { useLiveAgreements } from '../../data/agreement-queries';
import { useUiStore } from '../../app/ui-store';
import { PageHeader } from '../../components/layout/PageHeader';
import { RecordTable } from '../../components/record-table/RecordTable';
import { EmptyWorkspace } from '../sample/EmptyWorkspace';
import { agreementSearchText, toAgreementRow, type AgreementRow } from './agreement-rows';
import { AGREEMENT_COLUMNS, AGREEMENTS_DEFAULT_LAYOUT } from './agreements.columns';

export function AgreementsPage() {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const agreements = useLiveAgreements(language);
  const organizations = useLiveOrganizations(language);
  const navigate = useNavigate();
  const open = useCallback((row: AgreementRow) => navigate(`/agreements/${row.id}`), [navigate]);

  const rows = useMemo(() => {
    if (!agreements || !organizations) return undefined;
    const context = {
      language,
      organizations: new Map(organizations.map((organization) => [organization.id, organization])),
      kindLabel: (kind: AgreementKind) => t(`kind.${kind}`),
      statusLabel: (status: AgreementStatus) => t(`status.${status}`),
      outOfStepLabel: (count: number) => t('outOfStep', { count }),
      untitled: t('untitled'),
    };
    return agreements.map((agreement) => toAgreementRow(agreement, context));
  }, [agreements, organizations, language, t]);

  const count = useCallback(
    (shown: number, total: number) => (shown === total ? t('count', { count: total }) : t('countFiltered', { count: shown, total })),
    [t],
  );

  const newButton = (
    <Button component={Link} to="/agreements/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('new')}
    </Button>
  );

  return (
    <div className="page page--fill">
      <PageHeader title={t('title')} />
      {!rows ? (
        <Loader />
      ) : rows.length === 0 ? (
        <EmptyWorkspace message={t('empty')} action={newButton} />
      ) : (
        <RecordTable
          tableId="agreements"
          label={t('title')}
          rows={rows}
          columns={AGREEMENT_COLUMNS}
          defaultLayout={AGREEMENTS_DEFAULT_LAYOUT}
          countLabel={count}
          onOpen={open}
          toolbar={newButton}
          searchTextOf={agreementSearchText}
          complete
        />
      )}
    </div>
  );
}
