import { describe, expect, it, vi } from 'vitest';
import { bringToFront, createMainWindow, mainWindowOptions, type AppWindow } from './window';

function fakeWindow(minimized = false) {
  const listeners = new Map<string, () => void>();
  const window = {
    once: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    show: vi.fn(),
    focus: vi.fn(),
    restore: vi.fn(),
    isMinimized: vi.fn(() => minimized),
    loadURL: vi.fn(async () => undefined),
  } satisfies AppWindow;
  return { window, emit: (event: string) => listeners.get(event)?.() };
}

describe('mainWindowOptions', () => {
  it('isolates the page from Node and Electron', () => {
    expect(mainWindowOptions('/app/out/electron/preload.cjs').webPreferences).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
});

describe('createMainWindow', () => {
  it('loads the app from its own protocol and shows the window only when painted', () => {
    const { window, emit } = fakeWindow();
    const create = vi.fn(() => window);
    createMainWindow(create, '/preload.cjs');

    expect(create).toHaveBeenCalledWith(expect.objectContaining({ show: false, title: 'Delegation Desk' }));
    expect(window.loadURL).toHaveBeenCalledWith('app://delegation-desk/index.html');
    expect(window.show).not.toHaveBeenCalled();
    emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });
});

describe('bringToFront', () => {
  it('restores a minimized window and focuses it', () => {
    const { window } = fakeWindow(true);
    bringToFront(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
