import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupHeader, MergeReport } from '#shared/backup/backup-format';
import { useUiStore } from '../../app/ui-store';
import { useBackupPort, type OpenedBackup } from './backup-port';
import { errorText, isPassphraseError } from './error-text';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** Where opening a file stands; every step that can fail carries its translated message. */
export type OpenStage =
  | { step: 'choose'; fileName: string | null; error: string | null }
  | { step: 'busy'; activity: 'reading' | 'restoring' | 'merging'; fileName: string }
  | { step: 'passphrase'; file: ChosenFile; header: BackupHeader; error: string | null; checking: boolean }
  | { step: 'opened'; file: ChosenFile; opened: OpenedBackup; workspaceEmpty: boolean; error: string | null }
  | { step: 'merged'; fileName: string; report: MergeReport };

/**
 * Choosing a backup or bundle, unlocking it, and (for restore and bundles) applying it. Nothing
 * is written before the whole file is read and checked: every failure up to 'opened' leaves the
 * workspace as it was.
 */
export function useOpenBackup() {
  const { t } = useTranslation('backup');
  const language = useUiStore((state) => state.language);
  const port = useBackupPort();
  const [stage, setStage] = useState<OpenStage>({ step: 'choose', fileName: null, error: null });

  const finishReading = useCallback(
    async (file: ChosenFile, passphrase?: string) => {
      const opened = await port.read(file.bytes, passphrase);
      const workspaceEmpty = await port.isEmpty();
      setStage({ step: 'opened', file, opened, workspaceEmpty, error: null });
    },
    [port],
  );

  const pick = useCallback(
    async (picked: File) => {
      setStage({ step: 'busy', activity: 'reading', fileName: picked.name });
      try {
        const file = { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) };
        const header = await port.readHeader(file.bytes);
        if (header.encryption) setStage({ step: 'passphrase', file, header, error: null, checking: false });
        else await finishReading(file);
      } catch (error) {
        setStage({ step: 'choose', fileName: picked.name, error: errorText(error, t) });
      }
    },
    [port, finishReading, t],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      if (stage.step !== 'passphrase') return;
      const { file, header } = stage;
      if (passphrase === '') {
        setStage({ ...stage, error: t('passphrase.required') });
        return;
      }
      setStage({ ...stage, error: null, checking: true });
      try {
        await finishReading(file, passphrase);
      } catch (error) {
        // A wrong passphrase can be typed again; a damaged file cannot be mended by one.
        if (isPassphraseError(error)) setStage({ step: 'passphrase', file, header, error: errorText(error, t), checking: false });
        else setStage({ step: 'choose', fileName: file.name, error: errorText(error, t) });
      }
    },
    [stage, finishReading, t],
  );

  const restore = useCallback(async () => {
    if (stage.step !== 'opened') return;
    const previous = stage;
    setStage({ step: 'busy', activity: 'restoring', fileName: stage.file.name });
    try {
      await port.restoreEmpty(previous.opened.contents);
      port.reloadApp();
    } catch (error) {
      setStage({ ...previous, error: errorText(error, t) });
    }
  }, [stage, port, t]);

  const merge = useCallback(async () => {
    if (stage.step !== 'opened') return;
    const previous = stage;
    setStage({ step: 'busy', activity: 'merging', fileName: stage.file.name });
    try {
      const report = await port.merge(previous.opened.contents, language);
      setStage({ step: 'merged', fileName: previous.file.name, report });
    } catch (error) {
      setStage({ ...previous, error: errorText(error, t) });
    }
  }, [stage, port, language, t]);

  return { stage, pick, unlock, restore, merge };
}
