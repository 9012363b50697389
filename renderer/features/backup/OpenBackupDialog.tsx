import { useState } from 'react';
import { Alert, Button, FileButton, Group, Loader, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BackupSummaryView } from './BackupSummaryView';
import { MergeReportView } from './MergeReportView';
import { BACKUP_ACCEPT } from './backup-file-names';
import { countContents } from './table-counts';
import { useOpenBackup, type OpenStage } from './use-open-backup';

export type OpenPurpose = 'verify' | 'restore' | 'bundle';

const TITLE = { verify: 'open.verifyTitle', restore: 'open.restoreTitle', bundle: 'open.bundleTitle' } as const;
const INTRO = { verify: 'open.verifyIntro', restore: 'open.restoreIntro', bundle: 'open.bundleIntro' } as const;

/**
 * Verify a backup, restore one, or open a bundle: choose the file, give its passphrase if it has
 * one, see what it holds; then (restore, bundle) apply it and see what changed.
 */
export function OpenBackupDialog({ purpose, onClose }: { purpose: OpenPurpose; onClose: () => void }) {
  const { t } = useTranslation('backup');
  const { stage, pick, unlock, restore, merge } = useOpenBackup();
  const busy = stage.step === 'busy' || (stage.step === 'passphrase' && stage.checking);
  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={t(TITLE[purpose])} centered size="xl">
      <Stack gap="md">
        {stage.step === 'choose' ? (
          <>
            <Text size="sm">{t(INTRO[purpose])}</Text>
            <FileButton accept={BACKUP_ACCEPT} onChange={(file) => file && void pick(file)}>
              {(props) => (
                <Button {...props} variant="light" leftSection={<IconFileSearch size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
                  {t('open.choose')}
                </Button>
              )}
            </FileButton>
            {stage.fileName ? <Text size="sm">{t('open.file', { name: stage.fileName })}</Text> : null}
            {stage.error ? (
              <Alert color="red" role="alert">
                {stage.error}
              </Alert>
            ) : null}
          </>
        ) : null}
        {stage.step === 'busy' ? <BusyLine stage={stage} /> : null}
        {stage.step === 'passphrase' ? <PassphraseStep stage={stage} onUnlock={(p) => void unlock(p)} /> : null}
        {stage.step === 'opened' ? (
          <>
            <Text size="sm">{t('open.file', { name: stage.file.name })}</Text>
            <BackupSummaryView header={stage.opened.header} counts={countContents(stage.opened.contents)} />
            {purpose === 'verify' ? <Text size="sm">{t('summary.verified')}</Text> : null}
            {purpose === 'restore' ? <Text size="sm">{stage.workspaceEmpty ? t('restore.intoEmpty') : t('restore.notEmpty')}</Text> : null}
            {stage.error ? (
              <Alert color="red" role="alert">
                {stage.error}
              </Alert>
            ) : null}
          </>
        ) : null}
        {stage.step === 'merged' ? <MergeReportView report={stage.report} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {stage.step === 'merged' || (stage.step === 'opened' && purpose === 'verify') ? t('open.close') : t('open.cancel')}
          </Button>
          {stage.step === 'opened' && purpose === 'restore' && stage.workspaceEmpty ? (
            <Button onClick={() => void restore()}>{t('restore.restore')}</Button>
          ) : null}
          {stage.step === 'opened' && purpose !== 'verify' && !(purpose === 'restore' && stage.workspaceEmpty) ? (
            <Button onClick={() => void merge()}>{t('restore.merge')}</Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}

function BusyLine({ stage }: { stage: Extract<OpenStage, { step: 'busy' }> }) {
  const { t } = useTranslation('backup');
  const label = { reading: t('open.reading'), restoring: t('restore.restoring'), merging: t('restore.merging') }[stage.activity];
  return (
    <Group gap="xs" role="status" aria-live="polite">
      <Loader size="xs" />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

function PassphraseStep({ stage, onUnlock }: { stage: Extract<OpenStage, { step: 'passphrase' }>; onUnlock: (passphrase: string) => void }) {
  const { t } = useTranslation('backup');
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onUnlock(passphrase);
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('open.file', { name: stage.file.name })}</Text>
        <Text size="sm">{t('open.encrypted')}</Text>
        <PasswordInput
          label={t('passphrase.label')}
          autoComplete="current-password"
          data-autofocus
          value={passphrase}
          disabled={stage.checking}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={stage.error ?? undefined}
        />
        <Button type="submit" loading={stage.checking} style={{ alignSelf: 'flex-start' }}>
          {t('open.unlock')}
        </Button>
      </Stack>
    </form>
  );
}
