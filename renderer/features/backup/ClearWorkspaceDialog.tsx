import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorNotifier } from '../../app/error-notifier';
import { useBackupPort } from './backup-port';

/** Typed the way the user typed it, or in other letter case: "видалити" is meant as "ВИДАЛИТИ". */
export function confirmsWord(typed: string, word: string): boolean {
  return typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
}

/** The danger zone's last gate: the user reads the warning and types the word, then all goes. */
export function ClearWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('backup');
  const port = useBackupPort();
  const notifyError = useErrorNotifier();
  const [typed, setTyped] = useState('');
  const [clearing, setClearing] = useState(false);
  const word = t('danger.word');

  const clear = async () => {
    setClearing(true);
    try {
      await port.wipe();
      port.reloadApp();
    } catch (error) {
      notifyError(error);
      setClearing(false);
    }
  };

  return (
    <Modal opened onClose={clearing ? () => undefined : onClose} title={t('danger.dialogTitle')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (confirmsWord(typed, word)) void clear();
        }}
      >
        <Stack gap="sm">
          <Text fw={600}>{t('danger.warning')}</Text>
          <Text size="sm">{t('danger.backUpFirst')}</Text>
          <TextInput
            label={t('danger.typeWord', { word })}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            disabled={clearing}
            onChange={(e) => setTyped(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={clearing}>
              {t('danger.cancel')}
            </Button>
            <Button type="submit" color="red" loading={clearing} disabled={!confirmsWord(typed, word)}>
              {t('danger.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
