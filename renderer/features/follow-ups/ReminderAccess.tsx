import { useState } from 'react';
import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconBell, IconBellOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../platform/platform-context';

/**
 * In a browser, reminders need the user's permission, which may be asked for only from a
 * click: this is that button, or a word on why reminders stay inside the app. The desktop app
 * needs no permission, so it shows nothing.
 */
export function ReminderAccess() {
  const { t } = useTranslation('followUps');
  const platform = usePlatform();
  const [access, setAccess] = useState(() => platform.notificationAccess());

  if (platform.kind === 'electron') return null;
  if (access === 'ask') {
    return (
      <Tooltip label={t('reminders.askHint')} multiline w={260}>
        <Button
          variant="light"
          leftSection={<IconBell size={16} aria-hidden />}
          onClick={async () => setAccess(await platform.requestNotificationAccess())}
        >
          {t('reminders.turnOn')}
        </Button>
      </Tooltip>
    );
  }
  const on = access === 'granted';
  const Icon = on ? IconBell : IconBellOff;
  return (
    <Group gap={6} wrap="nowrap" maw={420}>
      <Icon size={16} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" c="dimmed">
        {t(on ? 'reminders.on' : access === 'denied' ? 'reminders.blocked' : 'reminders.unsupported')}
      </Text>
    </Group>
  );
}
