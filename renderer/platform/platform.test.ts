import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '#shared/ipc/contract';
import { AppError } from '#shared/errors/app-error';
import { detectPlatform } from './platform';

const ok = <T,>(value: T) => ({ ok: true as const, value });

function fakeBridge(overrides: Partial<Bridge> = {}): Bridge {
  return {
    getAppInfo: vi.fn(async () => ok({ version: '0.1.0', platform: 'linux', locale: 'uk', isPackaged: false })),
    openExternal: vi.fn(async () => ok(undefined)),
    notify: vi.fn(async () => ok('shown' as const)),
    saveFile: vi.fn(async () => ok('saved' as const)),
    printToPdf: vi.fn(async () => ok({ bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) })),
    configureSyncTarget: vi.fn(async () => ok({ known: true, credentials: 'keychain' as const })),
    syncTargetStatus: vi.fn(async () => ok({ known: true, credentials: 'keychain' as const })),
    forgetSyncTarget: vi.fn(async () => ok(undefined)),
    chooseSyncFolder: vi.fn(async () => ok('cancelled' as const)),
    probeSyncTarget: vi.fn(async () => ok({ ok: true as const })),
    putSyncFiles: vi.fn(async () => ok([{ kind: 'delivered' as const }])),
    chooseBackupFolder: vi.fn(async () => ok('cancelled' as const)),
    backupFolderStatus: vi.fn(async () => ok({ folderPath: null, state: 'notChosen' as const, files: [] })),
    writeScheduledBackup: vi.fn(async () => ok({ fileName: 'x', kept: [], removed: [] })),
    ...overrides,
  };
}

/** A stand-in for the browser's Notification class with a settable permission. */
function fakeNotificationApi(permission: 'default' | 'granted' | 'denied', answer: 'granted' | 'denied' = 'granted') {
  const shown: { title: string; body: string }[] = [];
  class FakeNotification {
    static permission = permission;
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = answer;
      return answer;
    });
    onclick: (() => void) | null = null;
    constructor(title: string, options: { body: string }) {
      shown.push({ title, body: options.body });
    }
  }
  return { Notification: FakeNotification, shown };
}

describe('detectPlatform', () => {
  it('uses the preload bridge when the shell exposes one', async () => {
    const bridge = fakeBridge();
    const platform = detectPlatform({ delegationDesk: bridge });
    expect(platform.kind).toBe('electron');
    expect(await platform.getAppInfo()).toEqual({ version: '0.1.0', platform: 'linux', locale: 'uk', isPackaged: false });
    await platform.openExternal('https://cor.europa.eu');
    expect(bridge.openExternal).toHaveBeenCalledWith('https://cor.europa.eu');
  });

  it('reports no app info when the shell refuses', async () => {
    const bridge = fakeBridge({ getAppInfo: async () => ({ ok: false, error: { code: 'ipcForbidden' } }) });
    expect(await detectPlatform({ delegationDesk: bridge }).getAppInfo()).toBeNull();
  });

  it('falls back to the web in a plain browser', () => {
    expect(detectPlatform({}).kind).toBe('web');
  });

  it('offers local-folder sync targets in the shell only', async () => {
    const bridge = fakeBridge();
    const desktop = detectPlatform({ delegationDesk: bridge });
    expect(desktop.sync.supportsFolderTargets).toBe(true);
    await expect(desktop.sync.targetStatus('t1')).resolves.toEqual({ known: true, credentials: 'keychain' });
    expect(bridge.syncTargetStatus).toHaveBeenCalledWith({ targetId: 't1' });
    expect(detectPlatform({}).sync.supportsFolderTargets).toBe(false);
  });
});

describe('Electron platform: files and notifications', () => {
  it('saves through the shell’s dialog, passing the bytes as an array', async () => {
    const bridge = fakeBridge({ saveFile: vi.fn(async () => ok('cancelled' as const)) });
    const platform = detectPlatform({ delegationDesk: bridge });
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    await expect(platform.saveFile({ name: 'card.jpg', mimeType: 'image/jpeg', bytes })).resolves.toBe('cancelled');
    expect(bridge.saveFile).toHaveBeenCalledWith({ name: 'card.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) });
  });

  it('turns a refused save into an AppError the page can translate', async () => {
    const bridge = fakeBridge({ saveFile: async () => ({ ok: false, error: { code: 'fileSaveFailed', details: { reason: 'EACCES' } } }) });
    const failure = detectPlatform({ delegationDesk: bridge }).saveFile({ name: 'a.pdf', mimeType: 'application/pdf', bytes: new ArrayBuffer(1) });
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'fileSaveFailed' });
  });

  it('notifies through the shell, which needs no permission from the page', async () => {
    const bridge = fakeBridge();
    const platform = detectPlatform({ delegationDesk: bridge });
    expect(platform.notificationAccess()).toBe('granted');
    await expect(platform.notify({ title: 'Follow-up due', body: 'Send the programme' })).resolves.toBe('shown');
    expect(bridge.notify).toHaveBeenCalledWith({ title: 'Follow-up due', body: 'Send the programme' });
  });

  it('reports a notification the OS cannot show as unavailable', async () => {
    const unsupported = detectPlatform({ delegationDesk: fakeBridge({ notify: async () => ok('unsupported' as const) }) });
    await expect(unsupported.notify({ title: 'x', body: '' })).resolves.toBe('unavailable');
    const refused = detectPlatform({ delegationDesk: fakeBridge({ notify: async () => ({ ok: false, error: { code: 'ipcBadRequest' } }) }) });
    await expect(refused.notify({ title: 'x', body: '' })).resolves.toBe('unavailable');
  });
});

describe('PDF of the current page', () => {
  it('in Electron, has the shell print the page and returns its bytes', async () => {
    const bridge = fakeBridge();
    await expect(detectPlatform({ delegationDesk: bridge }).printToPdf({ landscape: true })).resolves.toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(bridge.printToPdf).toHaveBeenCalledWith({ landscape: true });
  });

  it('in Electron, turns a failed print into an AppError the page can translate', async () => {
    const bridge = fakeBridge({ printToPdf: async () => ({ ok: false, error: { code: 'pdfFailed', details: { reason: 'empty' } } }) });
    const failure = detectPlatform({ delegationDesk: bridge }).printToPdf({ landscape: false });
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'pdfFailed' });
  });

  it('in a browser, opens the print dialog (which offers Save as PDF) and returns no bytes', async () => {
    const print = vi.fn();
    vi.stubGlobal('window', { print });
    try {
      await expect(detectPlatform({}).printToPdf({ landscape: false })).resolves.toBeNull();
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('web platform: notifications', () => {
  it('shows a notification once the user has allowed them', async () => {
    const { Notification, shown } = fakeNotificationApi('granted');
    const platform = detectPlatform({ Notification });
    expect(platform.notificationAccess()).toBe('granted');
    await expect(platform.notify({ title: 'Follow-up due', body: 'Send the programme' })).resolves.toBe('shown');
    expect(shown).toEqual([{ title: 'Follow-up due', body: 'Send the programme' }]);
  });

  it('shows nothing before permission, and asks only when told to', async () => {
    const { Notification, shown } = fakeNotificationApi('default');
    const platform = detectPlatform({ Notification });
    expect(platform.notificationAccess()).toBe('ask');
    await expect(platform.notify({ title: 'Follow-up due', body: '' })).resolves.toBe('unavailable');
    expect(shown).toEqual([]);
    expect(Notification.requestPermission).not.toHaveBeenCalled();

    await expect(platform.requestNotificationAccess()).resolves.toBe('granted');
    await expect(platform.notify({ title: 'Follow-up due', body: '' })).resolves.toBe('shown');
  });

  it('does not ask again once the user said no', async () => {
    const { Notification } = fakeNotificationApi('denied');
    const platform = detectPlatform({ Notification });
    await expect(platform.requestNotificationAccess()).resolves.toBe('denied');
    expect(Notification.requestPermission).not.toHaveBeenCalled();
    await expect(platform.notify({ title: 'x', body: '' })).resolves.toBe('unavailable');
  });

  it('says unsupported where the browser has no Notification API', async () => {
    const platform = detectPlatform({});
    expect(platform.notificationAccess()).toBe('unsupported');
    await expect(platform.requestNotificationAccess()).resolves.toBe('unsupported');
    await expect(platform.notify({ title: 'x', body: '' })).resolves.toBe('unavailable');
  });
});
