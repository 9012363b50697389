import { describe, expect, it, vi } from 'vitest';
import { AppError, BugError } from '#shared/errors/app-error';
import { IPC_CHANNELS, MAX_SYNC_PUT_FILES } from '#shared/ipc/contract';
import { createHandle, registerIpcHandlers, type InvokeEvent, type IpcMainPort, type SenderFrame } from './ipc';

type Listener = Parameters<IpcMainPort['handle']>[1];

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainPort = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const invoke = (channel: string, event: InvokeEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { ipcMain, invoke, channels: () => [...listeners.keys()] };
}

const appMainFrame: SenderFrame = { url: 'app://delegation-desk/index.html', parent: null };
const fromFrame = (senderFrame: SenderFrame | null): InvokeEvent => ({ senderFrame });
const fromApp = fromFrame(appMainFrame);

function setup(handler: (url: string) => void | Promise<void>) {
  const fake = fakeIpcMain();
  const onUnexpectedError = vi.fn();
  const spy = vi.fn(handler);
  createHandle(fake.ipcMain, { onUnexpectedError })('app:openExternal', spy);
  return { ...fake, handler: spy, onUnexpectedError };
}

describe('ipc handle: sender check', () => {
  it('runs the handler for the main frame of the app and wraps its value', async () => {
    const { invoke, handler } = setup(() => undefined);
    await expect(invoke('app:openExternal', fromApp, 'https://mfa.gov.ua')).resolves.toEqual({ ok: true, value: undefined });
    expect(handler).toHaveBeenCalledWith('https://mfa.gov.ua', fromApp);
  });

  it.each([
    ['a foreign origin', fromFrame({ url: 'https://evil.example/', parent: null })],
    ['a look-alike host', fromFrame({ url: 'app://delegation-desk.evil/', parent: null })],
    ['a local file', fromFrame({ url: 'file:///tmp/index.html', parent: null })],
    ['a subframe of the app', fromFrame({ url: 'app://delegation-desk/frame.html', parent: appMainFrame })],
    ['a frame that is already gone', fromFrame(null)],
  ])('refuses %s with ipcForbidden before reading the payload', async (_, event) => {
    const { invoke, handler } = setup(() => undefined);
    await expect(invoke('app:openExternal', event, 'https://mfa.gov.ua')).resolves.toEqual({
      ok: false,
      error: { code: 'ipcForbidden', details: { channel: 'app:openExternal' } },
    });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('ipc handle: payload validation', () => {
  it.each([
    ['a number', [42]],
    ['no argument', []],
    ['an object', [{ url: 'https://mfa.gov.ua' }]],
    ['extra arguments', ['https://mfa.gov.ua', 'extra']],
  ])('answers %s with ipcBadRequest and never calls the handler', async (_, args) => {
    const { invoke, handler } = setup(() => undefined);
    const result = await invoke('app:openExternal', fromApp, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipcBadRequest', details: { channel: 'app:openExternal' } } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('names the failing issue so a bug report is actionable', async () => {
    const { invoke } = setup(() => undefined);
    const result = await invoke('app:openExternal', fromApp, 42);
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipcBadRequest', details: { channel: 'app:openExternal', issues: [{ path: '', code: 'invalid_type' }] } },
    });
  });
});

describe('ipc handle: handler errors', () => {
  it('passes an AppError through as its code and details', async () => {
    const { invoke, onUnexpectedError } = setup(() => {
      throw new AppError('validation', { field: 'url' });
    });
    await expect(invoke('app:openExternal', fromApp, 'ftp://x')).resolves.toEqual({
      ok: false,
      error: { code: 'validation', details: { field: 'url' } },
    });
    expect(onUnexpectedError).not.toHaveBeenCalled();
  });

  it.each([
    ['a plain Error', new Error('ENOENT /home/user/secret')],
    ['a BugError', new BugError('invariant broken')],
    ['a rejected promise', 'not even an Error'],
  ])('turns %s into unexpected, reports it, and leaks no message', async (_, thrown) => {
    const { invoke, onUnexpectedError } = setup(async () => {
      throw thrown;
    });
    await expect(invoke('app:openExternal', fromApp, 'https://mfa.gov.ua')).resolves.toEqual({
      ok: false,
      error: { code: 'unexpected' },
    });
    expect(onUnexpectedError).toHaveBeenCalledWith(thrown, 'app:openExternal');
  });
});

/** Sync handlers that only record their calls. */
function syncStubs() {
  return {
    'sync:configureTarget': vi.fn(() => ({ known: true, credentials: 'session' as const })),
    'sync:targetStatus': vi.fn(() => ({ known: false, credentials: 'none' as const })),
    'sync:forgetTarget': vi.fn(() => undefined),
    'sync:chooseFolder': vi.fn(() => 'cancelled' as const),
    'sync:probe': vi.fn(() => ({ ok: true as const })),
    'sync:put': vi.fn(() => [{ kind: 'delivered' as const }]),
  };
}

const backupStubs = {
  'backup:chooseFolder': () => 'cancelled' as const,
  'backup:folderStatus': () => ({ folderPath: null, state: 'notChosen' as const, files: [] }),
  'backup:writeScheduled': () => ({ fileName: 'x', kept: [], removed: [] }),
};

const otherStubs = {
  'app:info': () => ({ version: '1.0.0', platform: 'linux', locale: 'uk', isPackaged: true }),
  'app:openExternal': () => undefined,
  'app:notify': () => 'shown' as const,
  'file:save': () => 'cancelled' as const,
  'pdf:printPage': () => ({ bytes: new Uint8Array([0x25]) }),
  ...backupStubs,
};

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract, each behind the guard', async () => {
    const fake = fakeIpcMain();
    const info = { version: '1.0.0', platform: 'linux', locale: 'uk', isPackaged: true };
    registerIpcHandlers(fake.ipcMain, {
      'app:info': () => info,
      'app:openExternal': () => undefined,
      'app:notify': () => 'shown',
      'file:save': () => 'cancelled',
      'pdf:printPage': () => ({ bytes: new Uint8Array([0x25]) }),
      ...syncStubs(),
      ...backupStubs,
    });

    expect(fake.channels().sort()).toEqual([...IPC_CHANNELS].sort());
    await expect(fake.invoke('app:info', fromApp)).resolves.toEqual({ ok: true, value: info });
    await expect(fake.invoke('app:info', fromFrame({ url: 'https://evil.example/', parent: null }))).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipcForbidden' },
    });
  });

  it('refuses a file to save from a foreign page, and a payload that is not bytes, before any dialog', async () => {
    const fake = fakeIpcMain();
    const save = vi.fn(() => 'saved' as const);
    registerIpcHandlers(fake.ipcMain, {
      'app:info': () => ({ version: '1.0.0', platform: 'linux', locale: 'uk', isPackaged: true }),
      'app:openExternal': () => undefined,
      'app:notify': () => 'shown',
      'file:save': save,
      'pdf:printPage': () => ({ bytes: new Uint8Array([0x25]) }),
      ...syncStubs(),
      ...backupStubs,
    });
    const file = { name: 'card.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) };
    await expect(fake.invoke('file:save', fromFrame({ url: 'https://evil.example/', parent: null }), file)).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipcForbidden' },
    });
    await expect(fake.invoke('file:save', fromApp, { ...file, bytes: 'not bytes' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipcBadRequest', details: { channel: 'file:save' } },
    });
    expect(save).not.toHaveBeenCalled();
    await expect(fake.invoke('file:save', fromApp, file)).resolves.toEqual({ ok: true, value: 'saved' });
  });
});

describe('ipc handle: sync channels', () => {
  const one = { path: 'Delegation Desk/Звіт.md', bytes: new Uint8Array([1, 2]), contentHash: 'a'.repeat(64), replacePartial: false, mimeType: 'text/markdown' };
  const file = { targetId: 't1', files: [one] };

  it('refuses a delivery from a foreign page, or with a payload that is not the contract’s, before the handler runs', async () => {
    const fake = fakeIpcMain();
    const sync = syncStubs();
    registerIpcHandlers(fake.ipcMain, { ...otherStubs, ...sync });
    await expect(fake.invoke('sync:put', fromFrame({ url: 'https://evil.example/', parent: null }), file)).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipcForbidden' },
    });
    const badFiles = [{ ...one, bytes: [1, 2] }, { ...one, contentHash: 'not a hash' }, { ...one, overwrite: true }, { ...one, path: '' }];
    const tooMany = Array.from({ length: MAX_SYNC_PUT_FILES + 1 }, () => one);
    for (const bad of [...badFiles.map((badFile) => ({ targetId: 't1', files: [one, badFile] })), { targetId: 't1', files: [] }, { targetId: 't1', files: tooMany }, { ...one, targetId: 't1' }]) {
      await expect(fake.invoke('sync:put', fromApp, bad)).resolves.toMatchObject({ ok: false, error: { code: 'ipcBadRequest', details: { channel: 'sync:put' } } });
    }
    expect(sync['sync:put']).not.toHaveBeenCalled();
    await expect(fake.invoke('sync:put', fromApp, file)).resolves.toEqual({ ok: true, value: [{ kind: 'delivered' }] });
  });

  it('refuses a target connection with credentials in the URL, or an unknown kind', async () => {
    const fake = fakeIpcMain();
    const sync = syncStubs();
    registerIpcHandlers(fake.ipcMain, { ...otherStubs, ...sync });
    const webdav = { kind: 'webdav', id: 't1', baseUrl: 'https://cloud.example/dav/', username: 'olena', password: 'secret' };
    for (const bad of [{ ...webdav, baseUrl: 'https://olena:secret@cloud.example/dav/' }, { ...webdav, baseUrl: 'file:///etc/' }, { ...webdav, kind: 'ftp' }]) {
      await expect(fake.invoke('sync:configureTarget', fromApp, bad)).resolves.toMatchObject({ ok: false, error: { code: 'ipcBadRequest' } });
    }
    expect(sync['sync:configureTarget']).not.toHaveBeenCalled();
    await expect(fake.invoke('sync:configureTarget', fromApp, webdav)).resolves.toEqual({ ok: true, value: { known: true, credentials: 'session' } });
  });
});

describe('ipc handle: handlers that act on the calling page', () => {
  interface PageEvent extends InvokeEvent {
    readonly sender: { id: number };
  }

  it('hands the trusted sender’s event to the handler, after the checks', async () => {
    const listeners = new Map<string, (event: PageEvent, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainPort<PageEvent> = { handle: (channel, listener) => void listeners.set(channel, listener) };
    const print = vi.fn((_request: { landscape: boolean }, event: PageEvent) => ({ bytes: new Uint8Array([event.sender.id]) }));
    createHandle(ipcMain)('pdf:printPage', print);
    const listener = listeners.get('pdf:printPage')!;

    const page: PageEvent = { senderFrame: appMainFrame, sender: { id: 7 } };
    await expect(listener(page, { landscape: false })).resolves.toEqual({ ok: true, value: { bytes: new Uint8Array([7]) } });
    expect(print).toHaveBeenCalledWith({ landscape: false }, page);

    const foreign: PageEvent = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 8 } };
    await expect(listener(foreign, { landscape: false })).resolves.toMatchObject({ ok: false, error: { code: 'ipcForbidden' } });
    await expect(listener(page, { landscape: 'yes' })).resolves.toMatchObject({ ok: false, error: { code: 'ipcBadRequest' } });
    expect(print).toHaveBeenCalledTimes(1);
  });
});
