import { useCallback } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../data/workspace-context';
import { useErrorNotifier } from '../../app/error-notifier';

export type TrashKind = 'contacts' | 'organizations' | 'events' | 'meetings' | 'followUps' | 'attachments' | 'agreements';

/** Moves records to the Trash and offers Undo right away. */
export function useMoveToTrash(kind: TrashKind): (ids: string[], name: string) => Promise<boolean> {
  const { t } = useTranslation('trash');
  const workspace = useWorkspace();
  const notifyError = useErrorNotifier();

  return useCallback(
    async (ids: string[], name: string) => {
      const repository = workspace[kind];
      try {
        await repository.moveToTrash(ids);
      } catch (error) {
        notifyError(error);
        return false;
      }
      const id = `trash-${ids.join('-')}`;
      const undo = async () => {
        notifications.hide(id);
        try {
          await repository.restore(ids);
        } catch (error) {
          notifyError(error);
        }
      };
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('movedToTrash', { name })}</Text>
            <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={() => void undo()}>
              {t('undo')}
            </Button>
          </Group>
        ),
      });
      return true;
    },
    [kind, notifyError, t, workspace],
  );
}
