import { useMemo, useState } from 'react';
import { Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { IconRestore, IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTrash } from '../../data/live-queries';
import { useWorkspace } from '../../data/workspace-context';
import type { TrashKind } from '../../data/trash-repository';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';
import { useErrorNotifier } from '../../app/error-notifier';
import { PageHeader } from '../../components/layout/PageHeader';
import { selectionOf, trashGroups, type TrashGroup, type TrashItem } from './trash-items';

/** Kinds whose purge takes or changes other records, and so say so before it happens. */
const CASCADING_KINDS = ['meetings', 'events', 'contacts'] as const satisfies readonly TrashKind[];

export function TrashPage() {
  const { t } = useTranslation('trash');
  const language = useUiStore((state) => state.language);
  const trash = useTrash();
  const workspace = useWorkspace();
  const notifyError = useErrorNotifier();
  const [confirm, setConfirm] = useState<TrashItem[] | null>(null);
  const groups = useMemo(() => (trash ? trashGroups(trash, language, t) : []), [trash, language, t]);

  if (!trash) return <Loader />;
  const items = groups.flatMap((group) => group.items);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      notifyError(error);
    }
  };
  const restore = (item: TrashItem) => run(() => workspace.trash.restore(selectionOf([item])));
  const purge = (selection: TrashItem[]) => run(() => workspace.trash.purge(selectionOf(selection)));
  const cascades = CASCADING_KINDS.filter((kind) => confirm?.some((item) => item.kind === kind));

  return (
    <div className="page">
      <PageHeader title={t('title')}>
        <Button color="red" variant="light" disabled={items.length === 0} leftSection={<IconTrashX size={16} aria-hidden />} onClick={() => setConfirm(items)}>
          {t('empty')}
        </Button>
      </PageHeader>
      <Text c="dimmed" mb="md" role="status">
        {items.length === 0 ? t('nothing') : t('count', { count: items.length })}
      </Text>
      {items.length > 0 ? (
        <Table highlightOnHover withRowBorders aria-label={t('title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('columns.name')}</Table.Th>
              <Table.Th scope="col">{t('columns.details')}</Table.Th>
              <Table.Th scope="col">{t('columns.deletedAt')}</Table.Th>
              <Table.Th scope="col">{t('columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groups.map((group) => (
            <TrashGroupRows key={group.kind} group={group} onRestore={(item) => void restore(item)} onPurge={(item) => setConfirm([item])} />
          ))}
        </Table>
      ) : null}
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title={t('confirm.title')} centered>
        <Stack gap="xs" mb="md">
          <Text>{t('confirm.body', { count: confirm?.length ?? 0 })}</Text>
          {cascades.map((kind) => (
            <Text key={kind} size="sm" c="dimmed">
              {t(`confirmExtra.${kind}`)}
            </Text>
          ))}
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirm(null)}>
            {t('confirm.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              const selection = confirm ?? [];
              setConfirm(null);
              void purge(selection);
            }}
          >
            {t('confirm.purge')}
          </Button>
        </Group>
      </Modal>
    </div>
  );
}

interface GroupRowsProps {
  group: TrashGroup;
  onRestore: (item: TrashItem) => void;
  onPurge: (item: TrashItem) => void;
}

// The kind heads its rows from the top, and the row borders show where the next kind starts.
const GROUP_CELL = { verticalAlign: 'top', whiteSpace: 'nowrap' } as const;

/** One kind of record: a row group headed by its kind and count, which every row in it is read with. */
function TrashGroupRows({ group, onRestore, onPurge }: GroupRowsProps) {
  const { t } = useTranslation('trash');
  const language = useUiStore((state) => state.language);
  return (
    <Table.Tbody>
      {group.items.map((item, index) => (
        <Table.Tr key={item.id}>
          {index === 0 ? (
            <Table.Th scope="rowgroup" rowSpan={group.items.length} style={GROUP_CELL}>
              <Text fw={600} size="sm">
                {t(`kinds.${group.kind}`)}
              </Text>
              <Text size="xs" c="dimmed" fw={400}>
                {t(`groupCount.${group.kind}`, { count: group.items.length })}
              </Text>
            </Table.Th>
          ) : null}
          <Table.Td>
            <Text size="sm" lineClamp={2} title={item.name}>
              {item.name}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" c="dimmed">
              {item.details}
            </Text>
          </Table.Td>
          <Table.Td>{formatDateTime(item.deletedAt, language)}</Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRestore size={14} aria-hidden />}
                aria-label={t('restoreNamed', { name: item.name })}
                onClick={() => onRestore(item)}
              >
                {t('restore')}
              </Button>
              <Button size="xs" variant="subtle" color="red" aria-label={t('purgeNamed', { name: item.name })} onClick={() => onPurge(item)}>
                {t('purge')}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}
