import { useCallback } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { toFollowUpInput, type FollowUp, type FollowUpStatus } from '#shared/domain/follow-up';
import { useWorkspace } from '../../data/workspace-context';
import { useSaveErrorNotifier } from './use-save-error-notifier';
import { shortened } from './follow-up-text';

const CONFIRMATION: Record<FollowUpStatus, 'reopened' | 'markedDone' | 'dropped'> = {
  open: 'reopened',
  done: 'markedDone',
  dropped: 'dropped',
};

/**
 * Sets a follow-up's status (done from a checkbox, dropped or reopened from a menu) and offers
 * Undo, which puts back only the status: an edit made meanwhile stays.
 */
export function useSetFollowUpStatus(): (followUp: FollowUp, status: FollowUpStatus) => Promise<void> {
  const { t } = useTranslation('followUps');
  const { followUps } = useWorkspace();
  const notifySaveError = useSaveErrorNotifier();

  return useCallback(
    async (followUp: FollowUp, status: FollowUpStatus) => {
      const previous = followUp.status;
      try {
        await followUps.update(followUp.id, { ...toFollowUpInput(followUp), status });
      } catch (error) {
        notifySaveError(error);
        return;
      }
      const id = `follow-up-status-${followUp.id}`;
      const undo = async () => {
        notifications.hide(id);
        try {
          const current = await followUps.get(followUp.id);
          if (current) await followUps.update(current.id, { ...toFollowUpInput(current), status: previous });
        } catch (error) {
          notifySaveError(error);
        }
      };
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t(CONFIRMATION[status], { what: shortened(followUp.what, 60) })}</Text>
            <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={() => void undo()}>
              {t('undo')}
            </Button>
          </Group>
        ),
      });
    },
    [followUps, notifySaveError, t],
  );
}
