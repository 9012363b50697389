import { useState } from 'react';
import { Button, Group, Loader, Modal, Table, Text } from '@mantine/core';
import { IconRestore, IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { useTrash } from '../../data/live-queries';
import { useWorkspace } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';
import { useErrorNotifier } from '../../app/error-notifier';
import { PageHeader } from '../../components/layout/PageHeader';

interface TrashItem {
  id: string;
  kind: 'contacts' | 'organizations';
  name: string;
  deletedAt: number;
}

export function TrashPage() {
  const { t } = useTranslation('trash');
  const language = useUiStore((state) => state.language);
  const trash = useTrash();
  const workspace = useWorkspace();
  const notifyError = useErrorNotifier();
  const [confirm, setConfirm] = useState<TrashItem[] | null>(null);

  if (!trash) return <Loader />;
  const items: TrashItem[] = [
    ...trash.contacts.map((c) => ({ id: c.id, kind: 'contacts' as const, name: contactDisplayName(c, language), deletedAt: c.deletedAt ?? 0 })),
    ...trash.organizations.map((o) => ({
      id: o.id,
      kind: 'organizations' as const,
      name: organizationDisplayName(o, language),
      deletedAt: o.deletedAt ?? 0,
    })),
  ].sort((a, b) => b.deletedAt - a.deletedAt);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      notifyError(error);
    }
  };
  const purge = (selection: TrashItem[]) =>
    run(() =>
      workspace.trash.purge({
        contactIds: selection.filter((item) => item.kind === 'contacts').map((item) => item.id),
        organizationIds: selection.filter((item) => item.kind === 'organizations').map((item) => item.id),
      }),
    );

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
        <Table striped highlightOnHover aria-label={t('title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('columns.name')}</Table.Th>
              <Table.Th scope="col">{t('columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('columns.deletedAt')}</Table.Th>
              <Table.Th scope="col">{t('columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.name}</Table.Td>
                <Table.Td>{t(`kinds.${item.kind}`)}</Table.Td>
                <Table.Td>{formatDateTime(item.deletedAt, language)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={14} aria-hidden />}
                      aria-label={t('restoreNamed', { name: item.name })}
                      onClick={() => void run(() => workspace[item.kind].restore([item.id]))}
                    >
                      {t('restore')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" aria-label={t('purgeNamed', { name: item.name })} onClick={() => setConfirm([item])}>
                      {t('purge')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title={t('confirm.title')} centered>
        <Text mb="md">{t('confirm.body', { count: confirm?.length ?? 0 })}</Text>
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
