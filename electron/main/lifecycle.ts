/**
 * App lifecycle rules, with Electron's `app` injected so they are tested without Electron:
 * one running copy, set-up in a fixed order once ready, and the usual per-OS quit behaviour.
 */

/** The parts of Electron's `app` the lifecycle uses. */
export interface LifecycleApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<unknown>;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
}

export interface LifecycleSteps<W> {
  /** Privileged schemes must be declared before `ready`, or IndexedDB has no origin to live in. */
  beforeReady(): void;
  /** Session locks, protocol and IPC handlers: all in place before the first page loads. */
  onReady(): void;
  createWindow(): W;
  bringToFront(window: W): void;
  /** How many windows are open; the Dock's activate opens one only when none is. */
  openWindowCount(): number;
}

export interface Lifecycle<W> {
  /** False when another copy already runs: this one then quits and that one comes forward. */
  readonly isPrimary: boolean;
  /** Resolves once the first window is created (or at once in a secondary copy). */
  readonly ready: Promise<void>;
  mainWindow(): W | null;
}

export function startLifecycle<W>(app: LifecycleApp, platform: string, steps: LifecycleSteps<W>): Lifecycle<W> {
  steps.beforeReady();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { isPrimary: false, ready: Promise.resolve(), mainWindow: () => null };
  }

  let mainWindow: W | null = null;
  const openMainWindow = () => {
    mainWindow = steps.createWindow();
  };

  app.on('second-instance', () => {
    if (mainWindow !== null) steps.bringToFront(mainWindow);
  });

  // On macOS an app stays alive in the Dock with no windows, as users there expect.
  app.on('window-all-closed', () => {
    mainWindow = null;
    if (platform !== 'darwin') app.quit();
  });

  const ready = app.whenReady().then(() => {
    steps.onReady();
    openMainWindow();
    // Registered only now: a window cannot be created before `ready`, and macOS may send activate earlier.
    app.on('activate', () => {
      if (steps.openWindowCount() === 0) openMainWindow();
    });
  });

  return { isPrimary: true, ready, mainWindow: () => mainWindow };
}
