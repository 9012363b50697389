import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BackupContents } from '#shared/backup/backup-format';
import { useUiStore } from '../../app/ui-store';
import { useErrorNotifier } from '../../app/error-notifier';
import { usePlatform } from '../../platform/platform-context';
import { useBackupPort } from './backup-port';
import { BACKUP_MIME_TYPE, bundleFileName } from './backup-file-names';
import { errorText } from './error-text';
import { EMPTY_PASSPHRASE, isValidNewPassphrase, NewPassphraseFields } from './NewPassphraseFields';
import { countContents, describeCounts } from './table-counts';

type Selection = { title: string; contents: BackupContents } | { error: string } | null;

/**
 * "Hand over to another laptop": what the event's bundle holds, a passphrase (required: the file
 * travels on a USB stick), then the encrypted bundle saved as "<event name>.ddbundle".
 */
export function EventBundleDialog({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const { t } = useTranslation('backup');
  const language = useUiStore((state) => state.language);
  const port = useBackupPort();
  const platform = usePlatform();
  const notifyError = useErrorNotifier();
  const [selection, setSelection] = useState<Selection>(null);
  const [passphrase, setPassphrase] = useState(EMPTY_PASSPHRASE);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let active = true;
    port.selectEventBundle(eventId).then(
      (selected) => active && setSelection(selected),
      (error: unknown) => active && setSelection({ error: errorText(error, t) }),
    );
    return () => {
      active = false;
    };
  }, [port, eventId, t]);

  const save = async () => {
    setShowErrors(true);
    if (!selection || 'error' in selection || !isValidNewPassphrase(passphrase)) return;
    setSaving(true);
    try {
      const bytes = await port.write(selection.contents, { kind: 'bundle', title: selection.title, passphrase: passphrase.passphrase });
      const name = bundleFileName(selection.title);
      if ((await platform.saveFile({ name, mimeType: BACKUP_MIME_TYPE, bytes: bytes.slice().buffer })) === 'saved') {
        notifications.show({ color: 'green', message: t('bundle.saved', { name }), autoClose: 10_000 });
        onClose();
        return;
      }
    } catch (error) {
      notifyError(error);
    }
    setSaving(false);
  };

  return (
    <Modal opened onClose={saving ? () => undefined : onClose} title={t('bundle.title')} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          {selection === null ? (
            <Group gap="xs" role="status">
              <Loader size="xs" />
              <Text size="sm">{t('bundle.collecting')}</Text>
            </Group>
          ) : 'error' in selection ? (
            <Alert color="red" role="alert">
              {selection.error}
            </Alert>
          ) : (
            <>
              <Text size="sm">{t('bundle.intro', { event: selection.title })}</Text>
              <Text size="sm" fw={600}>
                {t('bundle.holds', { list: describeCounts(countContents(selection.contents), t, language) })}
              </Text>
              <NewPassphraseFields value={passphrase} onChange={setPassphrase} showErrors={showErrors} hint={t('bundle.passphraseHint')} disabled={saving} />
            </>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t('bundle.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={selection === null || 'error' in selection}>
              {t('bundle.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
