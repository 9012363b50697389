import { useState } from 'react';
import { Alert, Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClearAll, IconWifiOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/layout/PageHeader';
import { useErrorNotifier } from '../../app/error-notifier';
import { useOnlineStatus } from '../../app/online-status';
import { useWorkspace } from '../../data/workspace-context';
import { useOutboxItems, useSyncTargets } from '../../data/outbox-queries';
import { isFinished } from './outbox-actions';
import { OutboxTable } from './OutboxTable';

/** The outbox: what waits for delivery, what failed and why, what arrived. */
export function OutboxPage() {
  const { t } = useTranslation('sync');
  const { outbox } = useWorkspace();
  const items = useOutboxItems();
  const targets = useSyncTargets();
  const online = useOnlineStatus();
  const notifyError = useErrorNotifier();
  const [clearing, setClearing] = useState(false);
  const finished = items?.filter(isFinished).length ?? 0;

  const clear = async () => {
    setClearing(true);
    try {
      const count = await outbox.clearFinished();
      notifications.show({ color: 'green', message: t('outbox.cleared', { count }) });
    } catch (error) {
      notifyError(error);
    } finally {
      setClearing(false);
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('outbox.title')}>
        <Button variant="default" leftSection={<IconClearAll size={16} aria-hidden />} disabled={finished === 0} loading={clearing} onClick={() => void clear()}>
          {t('outbox.clearDelivered')}
        </Button>
      </PageHeader>
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={880}>
          {t('outbox.intro')}
        </Text>
        {!online ? (
          <Alert color="orange" icon={<IconWifiOff size={18} aria-hidden />} maw={880}>
            {t('outbox.offline')}
          </Alert>
        ) : null}
        {targets && targets.length === 0 ? (
          <Text size="sm">
            <Anchor component={Link} to="/settings">
              {t('outbox.noTargets')}
            </Anchor>
          </Text>
        ) : null}
        {!items || !targets ? (
          <Loader size="sm" />
        ) : items.length === 0 ? (
          <Text>{t('outbox.empty')}</Text>
        ) : (
          <OutboxTable items={items} targets={targets} />
        )}
      </Stack>
    </div>
  );
}
