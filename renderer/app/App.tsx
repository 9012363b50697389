import { useMemo } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { i18n } from 'i18next';
import type { Workspace } from '../data/workspace';
import { WorkspaceProvider } from '../data/workspace-context';
import type { Platform } from '../platform/platform';
import { PlatformProvider } from '../platform/platform-context';
import { createAppRouter } from './routes';
import { cssVariablesResolver, theme } from './theme';

interface Props {
  i18n: i18n;
  workspace: Workspace;
  platform: Platform;
}

export function App({ i18n, workspace, platform }: Props) {
  const router = useMemo(() => createAppRouter(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Notifications position="bottom-right" />
        <PlatformProvider platform={platform}>
          <WorkspaceProvider workspace={workspace}>
            <RouterProvider router={router} />
          </WorkspaceProvider>
        </PlatformProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
