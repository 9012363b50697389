import { Anchor, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { formatIsoDate } from '../../../app/format';
import { useUiStore } from '../../../app/ui-store';
import { useAgreementsOfMeeting, useAgreementsOfOrganization } from '../../../data/agreement-queries';
import { SectionTitle } from '../../../components/layout/SectionTitle';
import { AgreementStatusBadge } from '../AgreementStatusBadge';

interface Props {
  agreements: Agreement[] | undefined;
  titleId: string;
  emptyText: string;
}

/** Agreements that name a record (a party organization, a meeting where they were discussed), with their status. */
function RelatedAgreements({ agreements, titleId, emptyText }: Props) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const count = agreements?.length ?? 0;

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <SectionTitle id={titleId} count={count} countLabel={t('count', { count })}>
        {t('title')}
      </SectionTitle>
      {agreements === undefined ? (
        <Loader size="sm" />
      ) : count === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {agreements.map((agreement) => (
            <Group key={agreement.id} component="li" gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/agreements/${agreement.id}`} fw={600}>
                {agreementTitleIn(agreement, language) || t('untitled')}
              </Anchor>
              <AgreementStatusBadge status={agreement.status} size="sm" />
              <Text span size="sm" c="dimmed">
                {[t(`kind.${agreement.kind}`), agreement.signingDate ? formatIsoDate(agreement.signingDate, language) : ''].filter(Boolean).join(' · ')}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** On an organization's page: the agreements it is a party to. */
export function OrganizationAgreements({ organizationId, emptyText }: { organizationId: string; emptyText: string }) {
  return <RelatedAgreements agreements={useAgreementsOfOrganization(organizationId)} titleId={`agreements-of-${organizationId}`} emptyText={emptyText} />;
}

/** On a meeting's page: the agreements discussed at it. */
export function MeetingAgreements({ meetingId, emptyText }: { meetingId: string; emptyText: string }) {
  return <RelatedAgreements agreements={useAgreementsOfMeeting(meetingId)} titleId={`agreements-of-${meetingId}`} emptyText={emptyText} />;
}
