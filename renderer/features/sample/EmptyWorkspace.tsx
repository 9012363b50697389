import { useState, type ReactNode } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../data/workspace-context';
import { useWorkspaceIsEmpty } from '../../data/live-queries';
import { useErrorNotifier } from '../../app/error-notifier';

/** An empty list; on an empty workspace it also offers the sample data from the seed stories. */
export function EmptyWorkspace({ message, action }: { message: string; action: ReactNode }) {
  const workspaceIsEmpty = useWorkspaceIsEmpty();
  return (
    <Stack gap="lg" align="flex-start">
      <Text c="dimmed">{message}</Text>
      {action}
      {workspaceIsEmpty ? <SampleWorkspaceOffer /> : null}
    </Stack>
  );
}

export function SampleWorkspaceOffer() {
  const { t } = useTranslation('common');
  const { sample } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [loading, setLoading] = useState(false);

  const load = async () => {
    setLoading(true);
    try {
      const loaded = await sample.load();
      notifications.show({
        color: 'green',
        message: t('sample.loaded', {
          organizations: t('sample.organizations', { count: loaded.organizations }),
          contacts: t('sample.contacts', { count: loaded.contacts }),
          meetings: t('sample.meetings', { count: loaded.meetings }),
        }),
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card withBorder maw={640} component="section" aria-labelledby="sample-offer-title">
      <Title order={2} size="h4" id="sample-offer-title" mb="xs">
        {t('sample.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('sample.description')}
      </Text>
      <Group>
        <Button leftSection={<IconDatabaseImport size={16} aria-hidden />} loading={loading} onClick={() => void load()}>
          {t('sample.load')}
        </Button>
      </Group>
    </Card>
  );
}
