import { APP_ENTRY_URL } from './trusted-url';

/**
 * The main window. Options are plain data checked by a test, and the BrowserWindow
 * constructor is injected, so no Electron is needed to verify the security settings.
 */

export interface MainWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    webviewTag: false;
    allowRunningInsecureContent: false;
    spellcheck: boolean;
  };
}

/** The parts of Electron's `BrowserWindow` the app drives. */
export interface AppWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  loadURL(url: string): Promise<void>;
}

export const APP_TITLE = 'Delegation Desk';

export function mainWindowOptions(preloadPath: string): MainWindowOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: APP_TITLE,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // The page gets only the bridge; it cannot reach Node, Electron or the preload's scope.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      // Names in three languages and transliterations would be underlined everywhere.
      spellcheck: false,
    },
  };
}

export function createMainWindow(create: (options: MainWindowOptions) => AppWindow, preloadPath: string): AppWindow {
  const window = create(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[window] cannot load the app', error));
  return window;
}

/** A second launch brings the existing window forward instead of opening another copy. */
export function bringToFront(window: AppWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
