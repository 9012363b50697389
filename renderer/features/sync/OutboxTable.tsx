import { useMemo } from 'react';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxListItem } from '../../data/outbox-repository';
import type { SyncTarget } from '#shared/sync/sync-target';
import { formatBytes, formatDateTime, formatNumber } from '../../app/format';
import { useUiStore } from '../../app/ui-store';
import { OutboxRowActions } from './OutboxRowActions';
import { OutboxStateCell } from './OutboxStateCell';
import { useOutboxActions } from './use-outbox-actions';

interface Props {
  items: readonly OutboxListItem[];
  targets: readonly SyncTarget[];
}

/** Every outbox item in the order it was made, with its state and what can be done about it. */
export function OutboxTable({ items, targets }: Props) {
  const { t } = useTranslation('sync');
  const language = useUiStore((state) => state.language);
  const { busyId, run } = useOutboxActions();
  const targetNames = useMemo(() => new Map(targets.map((target) => [target.id, target.name])), [targets]);

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('outbox.tableLabel')} verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={160}>
              {t('outbox.columns.file')}
            </Table.Th>
            <Table.Th scope="col">{t('outbox.columns.target')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('outbox.columns.size')}
            </Table.Th>
            <Table.Th scope="col" miw={170}>
              {t('outbox.columns.state')}
            </Table.Th>
            <Table.Th scope="col">{t('outbox.columns.created')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('outbox.columns.attempts')}
            </Table.Th>
            <Table.Th scope="col">{t('outbox.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
                    {item.fileName}
                  </Text>
                  {item.fileName !== item.baseFileName ? (
                    <Text size="xs" c="dimmed">
                      {t('outbox.renamedFrom', { name: item.baseFileName })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {targetNames.get(item.targetId) ?? (
                  <Text span size="sm" c="dimmed">
                    {t('outbox.removedTarget')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(item.size, language)}
              </Table.Td>
              <Table.Td>
                <OutboxStateCell item={item} />
              </Table.Td>
              <Table.Td>{formatDateTime(item.createdAt, language)}</Table.Td>
              <Table.Td ta="end">{formatNumber(item.attempts, language)}</Table.Td>
              <Table.Td>
                <OutboxRowActions item={item} busy={busyId === item.id} onAction={(row, action) => void run(row, action)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
