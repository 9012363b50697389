import type { IpcHandler } from '../ipc';

/** The parts of Electron's `app` this handler reads. */
export interface AppInfoSource {
  getVersion(): string;
  getLocale(): string;
  readonly isPackaged: boolean;
}

export function createAppInfoHandler(app: AppInfoSource, platform: string): IpcHandler<'app:info'> {
  return () => ({
    version: app.getVersion(),
    platform,
    locale: app.getLocale(),
    isPackaged: app.isPackaged,
  });
}
