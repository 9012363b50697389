import { createRoot } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/tiptap/styles.css';
import './app/app.css';
import { createI18n } from './i18n/i18n';
import { useUiStore } from './app/ui-store';
import { createWorkspace } from './data/workspace';
import { requestPersistentStorage } from './data/storage-persistence';
import { detectPlatform } from './platform/platform';
import { App } from './app/App';
import { warmUpExportBuilders } from './features/exports/offline-builders';

async function start(): Promise<void> {
  const i18n = await createI18n(useUiStore.getState().language);
  const applyLanguage = (language: string) => {
    document.documentElement.lang = language;
    document.title = i18n.t('appName');
  };
  applyLanguage(i18n.language);
  useUiStore.subscribe((state, previous) => {
    if (state.language !== previous.language) void i18n.changeLanguage(state.language).then(() => applyLanguage(state.language));
  });

  const workspace = createWorkspace();
  void requestPersistentStorage();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const platform = detectPlatform();
  createRoot(root).render(<App i18n={i18n} workspace={workspace} platform={platform} />);
  if (platform.kind === 'web') warmUpExportBuilders();
}

void start();
