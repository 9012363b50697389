import { Badge, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '#shared/domain/agreement';

/** The colour of each status, from first draft to the end of the agreement's life. */
export const AGREEMENT_STATUS_COLOR: Readonly<Record<AgreementStatus, string>> = {
  draft: 'gray',
  internalReview: 'yellow',
  sentToPartner: 'blue',
  agreed: 'cyan',
  signed: 'teal',
  inForce: 'green',
  expired: 'dark',
  terminated: 'red',
};

/** A dot of the status's colour beside dark text, readable at any size (WCAG AA). */
export function AgreementStatusBadge({ status, size }: { status: AgreementStatus; size?: MantineSize }) {
  const { t } = useTranslation('agreements');
  return (
    <Badge size={size} variant="dot" color={AGREEMENT_STATUS_COLOR[status]} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
