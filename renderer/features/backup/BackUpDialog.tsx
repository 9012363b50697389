import { useState } from 'react';
import { Button, Checkbox, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useErrorNotifier } from '../../app/error-notifier';
import { usePlatform } from '../../platform/platform-context';
import { useBackupPort } from './backup-port';
import { BACKUP_MIME_TYPE, backupFileName } from './backup-file-names';
import { EMPTY_PASSPHRASE, isValidNewPassphrase, NewPassphraseFields } from './NewPassphraseFields';
import { countContents, describeCounts } from './table-counts';

type Step = 'collecting' | 'encrypting' | 'compressing' | 'saving';

/** "Back up now": an optional passphrase, then collect → pack → save, with each step shown. */
export function BackUpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('backup');
  const language = useUiStore((state) => state.language);
  const port = useBackupPort();
  const platform = usePlatform();
  const notifyError = useErrorNotifier();
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState(EMPTY_PASSPHRASE);
  const [showErrors, setShowErrors] = useState(false);
  const [step, setStep] = useState<Step | null>(null);

  const backUp = async () => {
    setShowErrors(true);
    if (encrypt && !isValidNewPassphrase(passphrase)) return;
    try {
      setStep('collecting');
      const contents = await port.collect();
      setStep(encrypt ? 'encrypting' : 'compressing');
      const bytes = await port.write(contents, { kind: 'backup', passphrase: encrypt ? passphrase.passphrase : undefined });
      setStep('saving');
      const name = backupFileName(new Date());
      const outcome = await platform.saveFile({ name, mimeType: BACKUP_MIME_TYPE, bytes: bytes.slice().buffer });
      if (outcome === 'saved') {
        notifications.show({
          color: 'green',
          title: t('backUp.savedTitle'),
          message: t('backUp.saved', { name, counts: describeCounts(countContents(contents), t, language) }),
          autoClose: 10_000,
        });
        onClose();
      } else setStep(null);
    } catch (error) {
      notifyError(error);
      setStep(null);
    }
  };

  const busy = step !== null;
  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={t('backUp.title')} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void backUp();
        }}
      >
        <Stack gap="md">
          <Checkbox
            label={t('backUp.encrypt')}
            description={t('backUp.encryptHint')}
            checked={encrypt}
            disabled={busy}
            onChange={(e) => setEncrypt(e.currentTarget.checked)}
          />
          {encrypt ? (
            <NewPassphraseFields value={passphrase} onChange={setPassphrase} showErrors={showErrors} disabled={busy} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('passphrase.noPasswords')}
            </Text>
          )}
          <div role="status" aria-live="polite">
            {step ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">{t(`backUp.steps.${step}`)}</Text>
              </Group>
            ) : null}
          </div>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('backUp.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('backUp.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
