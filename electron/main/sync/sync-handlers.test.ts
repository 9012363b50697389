import { EventEmitter } from 'node:events';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '#shared/outbox/content-hash';
import { createFakeWebDav, type FakeWebDav } from '#shared/outbox/fake-webdav';
import { createWebDavTransport } from '#shared/outbox/webdav-transport';
import type { CredentialVault } from './credential-vault';
import { createFolderTransport } from './folder-transport';
import type { JsonFile } from './json-file';
import { createSyncHandlers, type SyncInvokeEvent } from './sync-handlers';
import { createTargetRegistry } from './target-registry';

const BASE_URL = 'https://cloud.oda.gov.ua/remote.php/dav/files/olena/';
const bytes = new TextEncoder().encode('Звіт про зустріч');

function memoryFile(): JsonFile {
  let content: unknown;
  return { read: async () => content, write: async (value) => void (content = structuredClone(value)) };
}

const vault: CredentialVault = { hasKeychain: () => false, seal: () => null, open: () => null };

/** A page that calls main: its web contents can be destroyed (window closed). */
function fromPage() {
  const sender = new EventEmitter();
  const event: SyncInvokeEvent = { senderFrame: { url: 'app://delegation-desk/index.html', parent: null }, sender };
  return { event, destroy: () => sender.emit('destroyed'), listeners: () => sender.listenerCount('destroyed') };
}

let server: FakeWebDav;
let chosen: string | null;
let folderRoot: string;

function setup() {
  const handlers = createSyncHandlers({
    registry: createTargetRegistry({ file: memoryFile(), vault }),
    chooseFolder: async () => chosen,
    webDav: (account) => createWebDavTransport({ ...account, fetch: server.fetch }),
    folder: (folderPath) => createFolderTransport(folderPath),
  });
  return handlers;
}

const putFile = async (remotePath = 'Delegation Desk/Звіт.md', content = bytes) => ({
  path: remotePath,
  bytes: content,
  contentHash: await sha256Hex(content),
  replacePartial: false,
  mimeType: 'text/markdown',
});
const putRequest = async (targetId: string, remotePath?: string) => ({ targetId, files: [await putFile(remotePath)] });

beforeEach(async () => {
  server = createFakeWebDav({ baseUrl: BASE_URL, username: 'olena', password: 'app-пароль' });
  chosen = null;
  folderRoot = await nodeFs.mkdtemp(path.join(tmpdir(), 'dd-sync-handlers-'));
});

afterEach(async () => {
  await nodeFs.rm(folderRoot, { recursive: true, force: true });
});

describe('sync handlers: WebDAV', () => {
  it('delivers with the password kept by configureTarget, which the page never has to send again', async () => {
    const handlers = setup();
    const page = fromPage();
    await expect(
      handlers['sync:configureTarget']({ kind: 'webdav', id: 't1', baseUrl: BASE_URL, username: 'olena', password: 'app-пароль' }, page.event),
    ).resolves.toEqual({ known: true, credentials: 'session' });
    await expect(handlers['sync:probe']({ targetId: 't1', folder: '' }, page.event)).resolves.toEqual({ ok: true });
    await expect(handlers['sync:put'](await putRequest('t1'), page.event)).resolves.toEqual([{ kind: 'delivered' }]);
    expect(server.files.get('Delegation Desk/Звіт.md')).toEqual(bytes);
    await expect(handlers['sync:put'](await putRequest('t1'), page.event)).resolves.toEqual([{ kind: 'alreadyThere' }]);
    expect(page.listeners()).toBe(0);
  });

  it('sends a batch in order, past a conflict, and stops at the first failure', async () => {
    server = createFakeWebDav({
      baseUrl: BASE_URL,
      username: 'olena',
      password: 'p',
      fault: (request) => (request.method === 'PUT' && request.path.endsWith('3.md') ? { kind: 'status', status: 507 } : undefined),
    });
    server.files.set('Delegation Desk/2.md', new TextEncoder().encode('a colleague’s file'));
    const handlers = setup();
    const page = fromPage();
    await handlers['sync:configureTarget']({ kind: 'webdav', id: 't1', baseUrl: BASE_URL, username: 'olena', password: 'p' }, page.event);
    const files = await Promise.all(['1', '2', '3', '4'].map((name) => putFile(`Delegation Desk/${name}.md`)));
    await expect(handlers['sync:put']({ targetId: 't1', files }, page.event)).resolves.toEqual([
      { kind: 'delivered' },
      { kind: 'conflict' },
      { kind: 'failed', code: 'syncQuota', httpStatus: 507 },
    ]);
    expect(server.files.get('Delegation Desk/1.md')).toEqual(bytes);
    expect(new TextDecoder().decode(server.files.get('Delegation Desk/2.md'))).toBe('a colleague’s file');
    expect(server.requests.some((request) => request.path.endsWith('4.md'))).toBe(false);
  });

  it('answers syncUnauthorized, without a request, for an unknown target or one with no password kept', async () => {
    const handlers = setup();
    const page = fromPage();
    await expect(handlers['sync:put'](await putRequest('nobody'), page.event)).resolves.toEqual([{ kind: 'failed', code: 'syncUnauthorized' }]);
    await handlers['sync:configureTarget']({ kind: 'webdav', id: 't1', baseUrl: BASE_URL, username: 'olena' }, page.event);
    await expect(handlers['sync:probe']({ targetId: 't1', folder: '' }, page.event)).resolves.toEqual({ kind: 'failed', code: 'syncUnauthorized' });
    expect(server.requests).toEqual([]);
  });

  it('passes the server’s answer to a wrong password through', async () => {
    const handlers = setup();
    const page = fromPage();
    await handlers['sync:configureTarget']({ kind: 'webdav', id: 't1', baseUrl: BASE_URL, username: 'olena', password: 'wrong' }, page.event);
    await expect(handlers['sync:probe']({ targetId: 't1', folder: '' }, page.event)).resolves.toEqual({ kind: 'failed', code: 'syncUnauthorized', httpStatus: 401 });
  });

  it('stops an upload when the page that asked is gone', async () => {
    server = createFakeWebDav({ baseUrl: BASE_URL, username: 'olena', password: 'p', fault: (request) => (request.method === 'PUT' ? { kind: 'hang' } : undefined) });
    const handlers = setup();
    const page = fromPage();
    await handlers['sync:configureTarget']({ kind: 'webdav', id: 't1', baseUrl: BASE_URL, username: 'olena', password: 'p' }, page.event);
    const put = handlers['sync:put'](await putRequest('t1'), page.event);
    await vi.waitFor(() => expect(server.requests.some((request) => request.method === 'PUT')).toBe(true));
    page.destroy();
    await expect(put).resolves.toEqual([{ kind: 'failed', code: 'syncNetwork' }]);
    expect(page.listeners()).toBe(0);
  });
});

describe('sync handlers: local folders', () => {
  it('accepts a folder target only for a folder the dialog returned, then delivers into it', async () => {
    const handlers = setup();
    const page = fromPage();
    const target = { kind: 'folder' as const, id: 'f1', folderPath: folderRoot };
    await expect(handlers['sync:configureTarget'](target, page.event)).rejects.toMatchObject({ code: 'validation' });

    chosen = null;
    await expect(handlers['sync:chooseFolder'](undefined, page.event)).resolves.toBe('cancelled');
    chosen = folderRoot;
    await expect(handlers['sync:chooseFolder'](undefined, page.event)).resolves.toEqual({ folderPath: folderRoot });
    await expect(handlers['sync:configureTarget'](target, page.event)).resolves.toEqual({ known: true, credentials: 'none' });

    await expect(handlers['sync:probe']({ targetId: 'f1', folder: '' }, page.event)).resolves.toEqual({ ok: true });
    await expect(handlers['sync:put'](await putRequest('f1'), page.event)).resolves.toEqual([{ kind: 'delivered' }]);
    expect(new Uint8Array(await nodeFs.readFile(path.join(folderRoot, 'Delegation Desk', 'Звіт.md')))).toEqual(bytes);
    expect(server.requests).toEqual([]);
  });

  it('forgets a target: later deliveries are refused, and the files stay', async () => {
    const handlers = setup();
    const page = fromPage();
    chosen = folderRoot;
    await handlers['sync:chooseFolder'](undefined, page.event);
    await handlers['sync:configureTarget']({ kind: 'folder', id: 'f1', folderPath: folderRoot }, page.event);
    await handlers['sync:put'](await putRequest('f1'), page.event);
    await handlers['sync:forgetTarget']({ targetId: 'f1' }, page.event);
    await expect(handlers['sync:targetStatus']({ targetId: 'f1' }, page.event)).resolves.toEqual({ known: false, credentials: 'none' });
    await expect(handlers['sync:put'](await putRequest('f1'), page.event)).resolves.toEqual([{ kind: 'failed', code: 'syncUnauthorized' }]);
    await expect(nodeFs.readdir(path.join(folderRoot, 'Delegation Desk'))).resolves.toEqual(['Звіт.md']);
  });
});
