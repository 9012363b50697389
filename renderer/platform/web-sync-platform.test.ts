import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import { sha256Hex } from '#shared/outbox/content-hash';
import { createFakeWebDav } from '#shared/outbox/fake-webdav';
import { createWebSyncPlatform, type WebConnection } from './web-sync-platform';

const BASE_URL = 'https://cloud.oda.gov.ua/remote.php/dav/files/olena/';
const bytes = new TextEncoder().encode('Звіт про зустріч');

function setup() {
  const server = createFakeWebDav({ baseUrl: BASE_URL, username: 'olena', password: 'app-пароль' });
  const connections = new Map<string, WebConnection>();
  return { server, connections, sync: createWebSyncPlatform({ fetch: server.fetch, connections }) };
}

const webdav = (password?: string, baseUrl = BASE_URL) => ({
  kind: 'webdav' as const,
  id: 't1',
  baseUrl,
  username: 'olena',
  ...(password === undefined ? {} : { password }),
});

const putOf = async (overrides: { signal?: AbortSignal } = {}) => ({
  targetId: 't1',
  files: [{ path: 'Delegation Desk/Звіт.md', bytes, contentHash: await sha256Hex(bytes), replacePartial: false, mimeType: 'text/markdown' }],
  ...overrides,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('web sync platform', () => {
  it('has no local folders: no dialog, and a folder target is refused', async () => {
    const { sync } = setup();
    expect(sync.supportsFolderTargets).toBe(false);
    await expect(sync.chooseFolder()).resolves.toBeNull();
    const refused = sync.configureTarget({ kind: 'folder', id: 'f1', folderPath: '/home/olena' });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'validation', details: { reason: 'folderTargetsUnsupported' } });
  });

  it('keeps the password for the session and delivers with it through fetch', async () => {
    const { sync, server } = setup();
    await expect(sync.targetStatus('t1')).resolves.toEqual({ known: false, credentials: 'none' });
    await expect(sync.configureTarget(webdav('app-пароль'))).resolves.toEqual({ known: true, credentials: 'session' });
    await expect(sync.probe('t1', '')).resolves.toEqual({ ok: true });
    await expect(sync.put(await putOf())).resolves.toEqual([{ kind: 'delivered' }]);
    expect(server.files.get('Delegation Desk/Звіт.md')).toEqual(bytes);
    await expect(sync.put(await putOf())).resolves.toEqual([{ kind: 'alreadyThere' }]);
  });

  it('answers syncUnauthorized without a request while no password is known (after a reload)', async () => {
    const { sync, server } = setup();
    await expect(sync.put(await putOf())).resolves.toEqual([{ kind: 'failed', code: 'syncUnauthorized' }]);
    await expect(sync.configureTarget(webdav())).resolves.toEqual({ known: true, credentials: 'none' });
    await expect(sync.probe('t1', '')).resolves.toEqual({ kind: 'failed', code: 'syncUnauthorized' });
    expect(server.requests).toEqual([]);
  });

  it('keeps the password for the same URL and user, and drops it for another URL', async () => {
    const { sync, server } = setup();
    await sync.configureTarget(webdav('app-пароль'));
    await expect(sync.configureTarget(webdav())).resolves.toEqual({ known: true, credentials: 'session' });
    await expect(sync.configureTarget(webdav(undefined, 'https://evil.example/dav/'))).resolves.toEqual({ known: true, credentials: 'none' });
    await expect(sync.configureTarget(webdav(undefined, BASE_URL))).resolves.toEqual({ known: true, credentials: 'none' });
    await expect(sync.probe('t1', '')).resolves.toEqual({ kind: 'failed', code: 'syncUnauthorized' });
    expect(server.requests).toEqual([]);
  });

  it('forgets a target and its password', async () => {
    const { sync } = setup();
    await sync.configureTarget(webdav('app-пароль'));
    await sync.forgetTarget('t1');
    await expect(sync.targetStatus('t1')).resolves.toEqual({ known: false, credentials: 'none' });
  });

  it('refuses a URL with credentials in it, as the shell does', async () => {
    const { sync } = setup();
    await expect(sync.configureTarget(webdav('x', 'https://olena:pw@cloud.example/dav/'))).rejects.toMatchObject({ code: 'validation' });
  });

  it('stops an upload when the outbox is stopped', async () => {
    const server = createFakeWebDav({ baseUrl: BASE_URL, username: 'olena', password: 'p', fault: (request) => (request.method === 'PUT' ? { kind: 'hang' } : undefined) });
    const sync = createWebSyncPlatform({ fetch: server.fetch, connections: new Map() });
    await sync.configureTarget(webdav('p'));
    const controller = new AbortController();
    const put = sync.put(await putOf({ signal: controller.signal }));
    await vi.waitFor(() => expect(server.requests.some((request) => request.method === 'PUT')).toBe(true));
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(put).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('calls the page’s fetch through globalThis by default (a detached fetch throws "Illegal invocation")', async () => {
    const server = createFakeWebDav({ baseUrl: BASE_URL, username: 'olena', password: 'p' });
    const fetch = vi.fn(function (this: unknown, input: string, init: RequestInit) {
      if (this !== globalThis) throw new TypeError('Illegal invocation');
      return server.fetch(input, init);
    });
    vi.stubGlobal('fetch', fetch);
    const sync = createWebSyncPlatform({ connections: new Map() });
    await sync.configureTarget(webdav('p'));
    await expect(sync.probe('t1', '')).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalled();
  });

  it('shares one session map across platforms of the page, so Settings and the outbox agree', async () => {
    const first = createWebSyncPlatform();
    const second = createWebSyncPlatform();
    await first.configureTarget({ ...webdav('p'), id: 'shared-session-target' });
    await expect(second.targetStatus('shared-session-target')).resolves.toEqual({ known: true, credentials: 'session' });
    await second.forgetTarget('shared-session-target');
  });
});
