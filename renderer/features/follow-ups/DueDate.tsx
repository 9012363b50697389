import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '#shared/domain/follow-up';
import { daysOverdue } from '#shared/domain/follow-up-schedule';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDate } from '../../app/format';

interface Props {
  followUp: Pick<FollowUp, 'id' | 'dueDate' | 'status'>;
  today: string;
  /** 'stacked': the lateness under the date (table cells); 'inline': on one line (lists). */
  layout?: 'stacked' | 'inline';
}

/** A due date in the UI language; when overdue, in red with how many days late. */
export function DueDate({ followUp, today, layout = 'stacked' }: Props) {
  const { t } = useTranslation('followUps');
  const language = useUiStore((state) => state.language);
  if (followUp.dueDate === null) {
    return (
      <Text span size="sm" c="dimmed">
        {t('due.none')}
      </Text>
    );
  }
  const date = formatIsoDate(followUp.dueDate, language);
  const late = daysOverdue(followUp, today);
  const note = late > 0 ? t('due.overdueBy', { count: late }) : followUp.status === 'open' && followUp.dueDate === today ? t('due.today') : '';
  if (!note) {
    return (
      <Text span size="sm">
        {date}
      </Text>
    );
  }
  const color = late > 0 ? 'red.8' : 'orange.9';
  const Layout = layout === 'stacked' ? Stack : Group;
  return (
    <Layout component="span" gap={layout === 'stacked' ? 0 : 6} wrap="wrap" align={layout === 'stacked' ? undefined : 'baseline'}>
      <Text span size="sm" c={late > 0 ? color : undefined} fw={600}>
        {date}
      </Text>
      <Text span size="xs" c={color}>
        {note}
      </Text>
    </Layout>
  );
}
