import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { countOutOfStep } from '#shared/agreements/translation-status';
import { useUiStore } from '../../../app/ui-store';
import { formatDateTime } from '../../../app/format';
import { MoveToTrashButton } from '../../trash/MoveToTrashButton';
import { AgreementStatusBadge } from '../AgreementStatusBadge';
import type { EditingSession } from '../use-editing-session';
import { StatusMenu } from './StatusMenu';
import { useDocxExport } from './use-agreement-export';
import { AgreementOutboxButton } from '../../exports';

/** Title, kind and status, how many clauses are out of step, and what can be done with it all. */
export function AgreementHeader({ agreement, session }: { agreement: Agreement; session: EditingSession }) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const title = agreementTitleIn(agreement, language) || t('untitled');
  const outOfStep = countOutOfStep(agreement.clauses, agreement.languages);
  const { exportDocx, exporting, buildDocx } = useDocxExport(agreement.id, session);
  const current = agreement.statusHistory.at(-1);

  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Group gap="sm">
          <Text c="dimmed">{t(`kind.${agreement.kind}`)}</Text>
          <AgreementStatusBadge status={agreement.status} />
          {current ? (
            <Text size="sm" c="dimmed">
              {t('header.since', { date: formatDateTime(current.at, language) })}
            </Text>
          ) : null}
          {outOfStep > 0 ? (
            <Badge color="orange" variant="dot" tt="none">
              {t('outOfStep', { count: outOfStep })}
            </Badge>
          ) : null}
          {agreement.deletedAt !== null ? <Badge color="gray">{t('header.inTrash')}</Badge> : null}
        </Group>
      </Stack>
      <Group gap="sm">
        <StatusMenu agreement={agreement} session={session} />
        <Button variant="default" leftSection={<IconFileTypeDocx size={16} aria-hidden />} loading={exporting} onClick={() => void exportDocx()}>
          {t('export.docx')}
        </Button>
        <AgreementOutboxButton buildDocx={buildDocx} />
        <Button
          variant="default"
          component={Link}
          to={`/agreements/${agreement.id}/print`}
          onClick={() => void session.flushAll()}
          leftSection={<IconPrinter size={16} aria-hidden />}
        >
          {t('export.print')}
        </Button>
        <MoveToTrashButton kind="agreements" record={agreement} name={title} listPath="/agreements">
          {t('header.moveToTrash')}
        </MoveToTrashButton>
      </Group>
    </Group>
  );
}
