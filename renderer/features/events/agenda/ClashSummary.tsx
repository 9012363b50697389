import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The number of clashes at the top of an agenda; a quiet line when there are none, said only
 * once meetings outside the event have been checked too (`complete`).
 */
export function ClashSummary({ count, complete }: { count: number; complete: boolean }) {
  const { t } = useTranslation('events');
  if (count === 0) {
    if (!complete) return null;
    return (
      <Group gap={6} wrap="nowrap">
        <IconCircleCheck size={16} color="var(--mantine-color-green-7)" aria-hidden style={{ flexShrink: 0 }} />
        <Text size="sm" c="dimmed">
          {t('agenda.noClashes')}
        </Text>
      </Group>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('agenda.clashCount', { count })}>
      {t('agenda.clashHint')}
    </Alert>
  );
}
