import { Badge, Group, Stack, Text } from '@mantine/core';
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

/** A due date in the UI language; when overdue, in red with how many days late; due today, marked so. */
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
  const Layout = layout === 'stacked' ? Stack : Group;
  return (
    <Layout component="span" gap={layout === 'stacked' ? 0 : 6} wrap="wrap" align={layout === 'stacked' ? undefined : 'baseline'}>
      <Text span size="sm" c={late > 0 ? 'red.8' : undefined} fw={600}>
        {date}
      </Text>
      {late > 0 ? (
        <Text span size="xs" c="red.8">
          {note}
        </Text>
      ) : (
        // Orange text is under 4.5:1 on white even at its darkest shade: an orange dot beside dark text.
        <Badge component="span" size="xs" variant="dot" color="orange" tt="none" style={layout === 'stacked' ? { alignSelf: 'flex-start' } : undefined}>
          {note}
        </Badge>
      )}
    </Layout>
  );
}
