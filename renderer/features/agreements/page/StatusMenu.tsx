import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementStatus } from '#shared/domain/agreement';
import { nextStatuses } from '#shared/agreements/agreement-status';
import { useWorkspace } from '../../../data/workspace-context';
import { useErrorNotifier } from '../../../app/error-notifier';
import type { EditingSession } from '../use-editing-session';

/**
 * Moves the agreement on in its workflow: only the steps nextStatuses allows. Pending edits
 * are saved first, so the version saved with the change holds them.
 */
export function StatusMenu({ agreement, session }: { agreement: Agreement; session: EditingSession }) {
  const { t } = useTranslation('agreements');
  const { agreements } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [busy, setBusy] = useState(false);
  const options = nextStatuses(agreement.status);

  const change = async (status: AgreementStatus) => {
    setBusy(true);
    try {
      await session.flushAll();
      await agreements.changeStatus(agreement.id, status);
      notifications.show({ color: 'green', title: t('statusMenu.changed', { status: t(`status.${status}`) }), message: t('statusMenu.versionSaved') });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />} loading={busy} disabled={options.length === 0 || agreement.deletedAt !== null}>
          {t('statusMenu.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {options.map((status) => (
          <Menu.Item key={status} onClick={() => void change(status)}>
            {t('statusMenu.moveTo', { status: t(`status.${status}`) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
