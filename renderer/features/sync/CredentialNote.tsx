import { Button, Group, Text } from '@mantine/core';
import { IconFolder, IconKey, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '#shared/ipc/contract';
import type { SyncTarget } from '#shared/sync/sync-target';
import { usePlatform } from '../../platform/platform-context';

interface Props {
  target: SyncTarget;
  status: TargetStatus | undefined;
  /** Opens the target's dialog, for the password or the folder the shell lost. */
  onFix: () => void;
}

/**
 * Where the target's password is kept. The user must know when it lasts only until the app
 * closes (no keychain here, or the browser build), and be asked for it once it is gone.
 */
export function CredentialNote({ target, status, onFix }: Props) {
  const { t } = useTranslation('sync');
  const platform = usePlatform();
  if (!status) return null;

  const lost = target.kind === 'webdav' ? status.credentials === 'none' || !status.known : !status.known;
  if (lost) {
    const folder = target.kind === 'folder';
    return (
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="orange.9">
          {t(folder ? 'targets.credentials.folderUnknown' : 'targets.credentials.none')}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          color="orange"
          leftSection={folder ? <IconFolder size={14} aria-hidden /> : <IconKey size={14} aria-hidden />}
          onClick={onFix}
        >
          {t(folder ? 'targets.credentials.chooseAgain' : 'targets.credentials.enterAgain')}
        </Button>
      </Group>
    );
  }
  if (target.kind !== 'webdav') return null;
  const note =
    status.credentials === 'keychain' ? t('targets.credentials.keychain') : platform.kind === 'web' ? t('targets.credentials.sessionWeb') : t('targets.credentials.session');
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconLock size={14} aria-hidden style={{ marginTop: 3, flexShrink: 0 }} />
      <Text size="sm" c="dimmed">
        {note}
      </Text>
    </Group>
  );
}
