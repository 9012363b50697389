import { Badge } from '@mantine/core';
import { IconWifi, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from './online-status';

export function OnlineIndicator() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const Icon = online ? IconWifi : IconWifiOff;
  return (
    <Badge
      role="status"
      variant="light"
      color={online ? 'green' : 'orange'}
      // Mantine's light green/orange text is ~3.8:1 on its own background; dark text meets WCAG AA.
      c="bright"
      leftSection={<Icon size={14} aria-hidden />}
      title={online ? t('network.onlineHint') : t('network.offlineHint')}
    >
      {online ? t('network.online') : t('network.offline')}
    </Badge>
  );
}
