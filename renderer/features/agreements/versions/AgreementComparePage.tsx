import { useMemo, useState } from 'react';
import { Alert, Button, Group, Loader, Select, Stack, Switch, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementContent, AgreementVersion } from '#shared/domain/agreement';
import { compareContents } from '#shared/agreements/agreement-diff';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { useAgreement, useAgreementVersions } from '../../../data/agreement-queries';
import { agreementContentOf } from '../../../data/agreement-content';
import { useUiStore } from '../../../app/ui-store';
import { formatDateTime } from '../../../app/format';
import { NotFound } from '../../../components/layout/NotFound';
import { PageHeader } from '../../../components/layout/PageHeader';
import { ComparisonTable } from './ComparisonTable';
import { titleChanged } from './comparison-rows';
import { versionLabel } from './version-labels';
import { CURRENT } from './version-selection';

/** `/agreements/:id/compare?from=<version id>&to=<version id | current>` */
export function AgreementComparePage() {
  const { id } = useParams();
  const agreement = useAgreement(id);
  const versions = useAgreementVersions(id ?? '');
  if (agreement === undefined || versions === undefined) return <Loader />;
  if (agreement === null) return <NotFound />;
  return <AgreementCompare agreement={agreement} versions={versions} />;
}

function AgreementCompare({ agreement, versions }: { agreement: Agreement; versions: AgreementVersion[] }) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const [params, setParams] = useSearchParams();
  const [onlyChanged, setOnlyChanged] = useState(true);
  // Without sides in the address: the latest version against the current text.
  const from = params.get('from') ?? versions[0]?.id ?? null;
  const to = params.get('to') ?? CURRENT;

  // Redone when the agreement, its versions or a side change; not on every render.
  const { older, newer, comparison } = useMemo(() => {
    const contentOf = (side: string | null): AgreementContent | null => {
      if (side === CURRENT) return agreementContentOf(agreement);
      return versions.find((version) => version.id === side)?.content ?? null;
    };
    const olderContent = contentOf(from);
    const newerContent = contentOf(to);
    return {
      older: olderContent,
      newer: newerContent,
      comparison: olderContent && newerContent ? compareContents(olderContent, newerContent) : null,
    };
  }, [agreement, versions, from, to]);

  const options = [
    { value: CURRENT, label: t('versions.current') },
    ...versions.map((version) => ({
      value: version.id,
      label: t('versions.comparison.versionOption', { name: versionLabel(version, t), date: formatDateTime(version.createdAt, language) }),
    })),
  ];
  const pick = (side: 'from' | 'to', value: string | null) => {
    if (!value) return;
    const next = { from: from ?? '', to, [side]: value };
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <PageHeader title={t('versions.comparison.title')}>
        <Button component={Link} to={`/agreements/${agreement.id}`} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('versions.comparison.back')}
        </Button>
      </PageHeader>
      <Stack gap="md">
        <Text fw={600}>{agreementTitleIn(agreement, language)}</Text>
        {versions.length === 0 ? <Alert color="gray">{t('versions.comparison.noVersions')}</Alert> : null}
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('versions.comparison.older')}
            data={options}
            value={older ? from : null}
            onChange={(value) => pick('from', value)}
            allowDeselect={false}
            w={340}
          />
          <Select
            label={t('versions.comparison.newer')}
            data={options}
            value={newer ? to : null}
            onChange={(value) => pick('to', value)}
            allowDeselect={false}
            w={340}
          />
          <Switch
            label={t('versions.comparison.onlyChanged')}
            checked={onlyChanged}
            onChange={(event) => setOnlyChanged(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {(from !== null && !older) || !newer ? (
          <Alert color="yellow" role="alert">
            {t('versions.comparison.versionMissing')}
          </Alert>
        ) : null}
        {comparison ? (
          <>
            {from === to ? <Alert color="gray">{t('versions.comparison.sameSide')}</Alert> : null}
            <Text role="status">
              {comparison.changedCount === 0 && !titleChanged(comparison)
                ? t('versions.comparison.noChanges')
                : [titleChanged(comparison) ? t('versions.comparison.titleChanged') : '', t('versions.comparison.changedCount', { count: comparison.changedCount })]
                    .filter(Boolean)
                    .join(' ')}
            </Text>
            <ComparisonTable comparison={comparison} onlyChanged={onlyChanged} />
          </>
        ) : null}
      </Stack>
    </div>
  );
}
