import { useEffect, useState } from 'react';
import { Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage } from '#shared/domain/lang';
import { useUiStore } from '../../app/ui-store';
import { formatBytes } from '../../app/format';
import { readStorageState, requestPersistentStorage, type StorageState } from '../../data/storage-persistence';
import { useWorkspaceIsEmpty } from '../../data/live-queries';
import { PageHeader } from '../../components/layout/PageHeader';
import { SampleWorkspaceOffer } from '../sample/EmptyWorkspace';
import { TopicsSettings } from '../topics/TopicsSettings';
import { ClauseLibrarySettings } from '../agreements/library';
import { SyncTargetsSettings } from '../sync';
import { BackupSettings } from '../backup';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  const workspaceIsEmpty = useWorkspaceIsEmpty();
  const [storage, setStorage] = useState<StorageState | null>(null);

  useEffect(() => {
    let active = true;
    void requestPersistentStorage()
      .then(() => readStorageState())
      .then((state) => {
        if (active) setStorage(state);
      });
    return () => {
      active = false;
    };
  }, []);

  const persistedText =
    storage?.persisted === true ? t('storage.persisted') : storage?.persisted === false ? t('storage.notPersisted') : t('storage.unknown');

  return (
    <div className="page">
      <PageHeader title={t('title')} />
      <Stack gap="md" maw={880}>
        <Card withBorder component="section" aria-labelledby="settings-language">
          <Title order={2} size="h4" id="settings-language" mb="sm">
            {t('language.title')}
          </Title>
          <SegmentedControl
            aria-labelledby="settings-language"
            value={language}
            onChange={(value) => {
              if (isUiLanguage(value)) setLanguage(value);
            }}
            data={UI_LANGUAGES.map((lang) => ({ value: lang, label: t(`languageNames.${lang}`, { ns: 'common' }) }))}
          />
          <Text size="sm" c="dimmed" mt="xs">
            {t('language.hint')}
          </Text>
        </Card>
        <Card withBorder component="section" aria-labelledby="settings-storage">
          <Title order={2} size="h4" id="settings-storage" mb="sm">
            {t('storage.title')}
          </Title>
          <Text size="sm">{persistedText}</Text>
          {storage?.usage != null && storage.quota != null ? (
            <Text size="sm" c="dimmed">
              {t('storage.usage', { usage: formatBytes(storage.usage, language), quota: formatBytes(storage.quota, language) })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed" mt="xs">
            {t('storage.offline')}
          </Text>
        </Card>
        <SyncTargetsSettings />
        <BackupSettings />
        <TopicsSettings />
        <ClauseLibrarySettings />
        {workspaceIsEmpty ? <SampleWorkspaceOffer /> : null}
      </Stack>
    </div>
  );
}
