import { Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '#shared/domain/agreement';
import { useUiStore } from '../../../app/ui-store';
import { formatDateTime } from '../../../app/format';
import { SectionTitle } from '../../../components/layout/SectionTitle';
import { AgreementStatusBadge } from '../AgreementStatusBadge';

interface Props {
  agreementId: string;
  /** Oldest first, as the agreement stores it. */
  history: readonly StatusChange[];
}

/** Every status the agreement has had and when it changed, the latest change first. */
export function StatusHistory({ agreementId, history }: Props) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const titleId = `status-history-of-${agreementId}`;
  const newestFirst = history.map((change, index) => ({ change, index })).reverse();

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <SectionTitle id={titleId}>{t('statusHistory.title')}</SectionTitle>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('statusHistory.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-labelledby={titleId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('statusHistory.columns.status')}</Table.Th>
              <Table.Th>{t('statusHistory.columns.changedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map(({ change, index }) => (
              <Table.Tr key={index}>
                <Table.Td>
                  <AgreementStatusBadge status={change.status} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <time dateTime={new Date(change.at).toISOString()}>{formatDateTime(change.at, language)}</time>
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
