import { describe, expect, it, vi } from 'vitest';
import { startLifecycle, type LifecycleApp, type LifecycleSteps } from './lifecycle';

type Event = 'second-instance' | 'window-all-closed' | 'activate';

function fakeApp(gotLock = true) {
  const listeners = new Map<Event, () => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    on: vi.fn((event: Event, listener: () => void) => listeners.set(event, listener)),
  } satisfies LifecycleApp;
  return { app, emit: (event: Event) => listeners.get(event)?.() };
}

function fakeSteps(openWindows = 1) {
  const order: string[] = [];
  let created = 0;
  const steps = {
    beforeReady: vi.fn(() => void order.push('beforeReady')),
    onReady: vi.fn(() => void order.push('onReady')),
    createWindow: vi.fn(() => {
      order.push('createWindow');
      return `window-${++created}`;
    }),
    bringToFront: vi.fn(),
    openWindowCount: vi.fn(() => openWindows),
  } satisfies LifecycleSteps<string>;
  return { steps, order };
}

describe('startLifecycle', () => {
  it('registers the scheme, then on ready sets up and opens the window, in that order', async () => {
    const { app } = fakeApp();
    const { steps, order } = fakeSteps();
    const lifecycle = startLifecycle(app, 'linux', steps);
    expect(order).toEqual(['beforeReady']);
    await lifecycle.ready;
    expect(order).toEqual(['beforeReady', 'onReady', 'createWindow']);
    expect(lifecycle.mainWindow()).toBe('window-1');
  });

  it('quits at once when another copy holds the lock, opening nothing', async () => {
    const { app } = fakeApp(false);
    const { steps } = fakeSteps();
    const lifecycle = startLifecycle(app, 'win32', steps);
    await lifecycle.ready;
    expect(lifecycle.isPrimary).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(steps.createWindow).not.toHaveBeenCalled();
  });

  it('brings the existing window forward when a second copy starts', async () => {
    const { app, emit } = fakeApp();
    const { steps } = fakeSteps();
    await startLifecycle(app, 'win32', steps).ready;
    emit('second-instance');
    expect(steps.bringToFront).toHaveBeenCalledWith('window-1');
  });

  it.each([
    ['win32', true],
    ['linux', true],
    ['darwin', false],
  ])('on %s, closing the last window quits: %s', async (platform, quits) => {
    const { app, emit } = fakeApp();
    const { steps } = fakeSteps();
    await startLifecycle(app, platform, steps).ready;
    emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(quits ? 1 : 0);
  });

  it('reopens a window from the Dock only when none is open', async () => {
    const { app, emit } = fakeApp();
    const none = fakeSteps(0);
    const lifecycle = startLifecycle(app, 'darwin', none.steps);
    await lifecycle.ready;
    emit('window-all-closed');
    emit('activate');
    expect(lifecycle.mainWindow()).toBe('window-2');

    const one = fakeSteps(1);
    const other = fakeApp();
    await startLifecycle(other.app, 'darwin', one.steps).ready;
    other.emit('activate');
    expect(one.steps.createWindow).toHaveBeenCalledTimes(1);
  });
});
