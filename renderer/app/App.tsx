import { useMemo, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/uk';
import 'dayjs/locale/ru';
import 'dayjs/locale/en';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { i18n } from 'i18next';
import type { Workspace } from '../data/workspace';
import { WorkspaceProvider } from '../data/workspace-context';
import { SearchProvider } from '../search';
import { ImportClientProvider } from '../import/import-client-context';
import type { Platform } from '../platform/platform';
import { PlatformProvider } from '../platform/platform-context';
import { SyncServiceProvider } from '../sync/sync-service-context';
import { createAppRouter } from './routes';
import { createAppTheme, cssVariablesResolver } from './theme';

interface Props {
  i18n: i18n;
  workspace: Workspace;
  platform: Platform;
}

export function App({ i18n, workspace, platform }: Props) {
  const router = useMemo(() => createAppRouter(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider>
        <Notifications position="bottom-right" />
        <PlatformProvider platform={platform}>
          <WorkspaceProvider workspace={workspace}>
            <SyncServiceProvider>
              <SearchProvider>
                <ImportClientProvider>
                  <RouterProvider router={router} />
                </ImportClientProvider>
              </SearchProvider>
            </SyncServiceProvider>
          </WorkspaceProvider>
        </PlatformProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}

function ThemeProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const closeLabel = t('close');
  const theme = useMemo(() => createAppTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {/* Date pickers name months and weekdays in the interface language; weeks start on Monday. */}
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>
    </MantineProvider>
  );
}
