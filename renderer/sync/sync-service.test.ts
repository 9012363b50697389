import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeWebDavOptions } from '#shared/outbox/fake-webdav';
import { remotePathOf, type OutboxRecord } from '#shared/outbox/outbox-item';
import { sampleExport } from '#shared/outbox/outbox-test-items';
import { connectionOf, type SyncTarget } from '#shared/sync/sync-target';
import { testWorkspaces, TEST_START } from '../data/test-workspaces';
import { createWorkspace, type Workspace } from '../data/workspace';
import { createSyncService, type SyncService } from './sync-service';
import { createManualClock, type ManualClock } from './test-clock';
import { createTestSyncPlatform, type TestSyncPlatform } from './test-sync-platform';

const openWorkspace = testWorkspaces();
const FOLDER = 'Delegation Desk/ReBuild Ukraine 2023';
const running: SyncService[] = [];

afterEach(async () => {
  // Before the workspaces' databases are closed (this hook was registered after theirs, so it runs first).
  await Promise.all(running.splice(0).map((service) => service.stop()));
});

interface Setup {
  workspace: Workspace;
  platform: TestSyncPlatform;
  target: SyncTarget;
  clock: ManualClock;
  network: { online: boolean };
  events: EventTarget;
  errors: unknown[];
  service: SyncService;
  /** Another service over the same database and server: the app started again. */
  restart(): SyncService;
}

async function setup(options: { password?: string | null; dav?: FakeWebDavOptions; online?: boolean } = {}): Promise<Setup> {
  const clock = createManualClock(TEST_START);
  const workspace = openWorkspace(clock.now);
  const platform = createTestSyncPlatform({ username: 'olena', password: 'app-password', ...options.dav });
  const target = await workspace.syncTargets.create({ kind: 'webdav', name: 'Nextcloud', baseUrl: platform.dav.baseUrl, username: 'olena', remoteFolder: FOLDER });
  const password = options.password === undefined ? 'app-password' : options.password;
  await platform.configureTarget(connectionOf(target, password ?? undefined));
  const network = { online: options.online ?? true };
  const events = new EventTarget();
  const errors: unknown[] = [];
  const make = (repositories: Workspace) => {
    const service = createSyncService({
      outbox: repositories.outbox,
      syncTargets: repositories.syncTargets,
      sync: platform,
      now: clock.now,
      random: () => 0.5,
      sleep: clock.sleep,
      navigatorOnline: () => network.online,
      events,
      onError: (error) => errors.push(error),
    });
    running.push(service);
    return service;
  };
  return {
    workspace,
    platform,
    target,
    clock,
    network,
    events,
    errors,
    service: make(workspace),
    restart: () => make(createWorkspace(workspace.db, clock.now)),
  };
}

function exportOf(target: SyncTarget, n: number) {
  const { fileName, text } = sampleExport(n);
  return { targetId: target.id, fileName, mimeType: 'text/markdown', bytes: new TextEncoder().encode(text) };
}

async function enqueueAll(s: Setup, count: number, via: 'service' | 'repository' = 'service'): Promise<OutboxRecord[]> {
  const items: OutboxRecord[] = [];
  for (let n = 0; n < count; n += 1) items.push(await (via === 'service' ? s.service : s.workspace.outbox).enqueue(exportOf(s.target, n)));
  return items;
}

async function states(s: Setup): Promise<string[]> {
  return (await s.workspace.outbox.list()).reverse().map((item) => item.state);
}

async function allDelivered(s: Setup, count: number): Promise<void> {
  await vi.waitFor(async () => expect(await states(s)).toEqual(Array(count).fill('sent')), { timeout: 5000 });
}

/** Every item's bytes are on the server, at its path, once and whole; nothing else is. */
function expectOnServer(s: Setup, items: readonly OutboxRecord[]): void {
  expect([...s.platform.dav.files.keys()].sort()).toEqual(items.map((item) => remotePathOf(item)).sort());
  for (const item of items) expect(new TextDecoder().decode(s.platform.dav.files.get(remotePathOf(item)))).toBe(sampleExport(items.indexOf(item)).text);
}

const withoutRepeats = (paths: string[]) => paths.filter((path, index) => path !== paths[index - 1]);

describe('sync service', () => {
  it('delivers the queue in creation order, creating the remote folder, and records the target as working', async () => {
    const s = await setup();
    await s.service.start();
    const items = await enqueueAll(s, 5);

    await allDelivered(s, 5);
    await s.service.idle();

    expect(withoutRepeats(s.platform.paths('PUT'))).toEqual(items.map((item) => remotePathOf(item)));
    expect(s.platform.paths('MKCOL')).toEqual(['Delegation Desk', FOLDER]);
    expectOnServer(s, items);
    expect((await s.workspace.syncTargets.get(s.target.id))!.lastCheck).toEqual({ at: TEST_START, result: 'ok' });
    expect(s.errors).toEqual([]);
  });

  it('delivers what was queued before start-up once started, and touches the network only when something is due', async () => {
    const s = await setup();
    await s.service.start();
    await s.service.idle();
    expect(s.platform.dav.requests).toEqual([]);

    const items = await enqueueAll(s, 2, 'repository');
    await s.service.stop();
    const again = s.restart();
    await again.start();
    await allDelivered(s, 2);
    expectOnServer(s, items);
  });

  it('resumes after a restart in the middle of an upload, and the abandoned upload finding its file changes nothing', async () => {
    const s = await setup();
    let holding = true;
    const second = sampleExport(1).fileName;
    s.platform.hold((method, path) => holding && method === 'PUT' && path.endsWith(second));
    await s.service.start();
    const items = await enqueueAll(s, 3);
    await vi.waitFor(() => expect(s.platform.held()).toBe(1));
    // The first may be sent or still read 'sending' (a batch's outcomes are written with the next step's start).
    const [, secondState, thirdState] = await states(s);
    expect(secondState).toBe('sending');
    expect(thirdState).not.toBe('sent');

    // The app is started again while the first one hangs mid-upload (as if it had crashed).
    holding = false;
    const restarted = s.restart();
    await restarted.start();
    await allDelivered(s, 3);
    await restarted.idle();
    expectOnServer(s, items);

    // The first upload gets through at last: it finds its own file there, and changes nothing.
    s.platform.release();
    await s.service.idle();
    expect(await states(s)).toEqual(['sent', 'sent', 'sent']);
    expectOnServer(s, items);
    expect(s.errors).toEqual([]);
  });

  it('after a crash mid-upload replaces the cut copy it left on a server that keeps partial uploads', async () => {
    const s = await setup({ dav: { honoursPreconditions: false, keepsPartialUploads: true } });
    const items = await enqueueAll(s, 2, 'repository');
    // What a crash leaves: the item 'sending', the server holding the first bytes of it.
    s.platform.dav.folders.add('Delegation Desk').add(FOLDER);
    s.platform.dav.files.set(remotePathOf(items[0]!), (await s.workspace.outbox.get(items[0]!.id))!.bytes.slice(0, 12));
    await s.workspace.db.outbox.update(items[0]!.id, { state: 'sending', attempts: 1 });

    await s.service.start();
    await allDelivered(s, 2);
    expectOnServer(s, items);
    expect(await s.workspace.outbox.get(items[0]!.id)).toMatchObject({ attempts: 2, partialUploadPossible: false });
  });

  it('does nothing while offline, and delivers when the network comes back', async () => {
    const s = await setup({ online: false });
    await s.service.start();
    const items = await enqueueAll(s, 2);
    await s.service.idle();
    expect(s.platform.dav.requests).toEqual([]);
    expect(await states(s)).toEqual(['queued', 'queued']);

    s.network.online = true;
    s.events.dispatchEvent(new Event('online'));
    await allDelivered(s, 2);
    expectOnServer(s, items);
  });

  it('stops an upload when the network goes, puts the item back in its place, and finishes when it returns', async () => {
    const s = await setup();
    s.platform.hold((method) => method === 'PUT');
    await s.service.start();
    const items = await enqueueAll(s, 2);
    await vi.waitFor(() => expect(s.platform.held()).toBe(1));

    s.network.online = false;
    s.events.dispatchEvent(new Event('offline'));
    await s.service.idle();
    expect(await s.workspace.outbox.get(items[0]!.id)).toMatchObject({ state: 'queued', partialUploadPossible: true });
    expect(await states(s)).toEqual(['queued', 'queued']);
    expect(s.platform.held()).toBe(0);

    s.platform.hold(null);
    s.network.online = true;
    s.events.dispatchEvent(new Event('online'));
    await allDelivered(s, 2);
    expectOnServer(s, items);
  });

  it('a network drop backs off; the network coming back sends at once', async () => {
    let drops = 1;
    const s = await setup({ dav: { fault: (request) => (request.method === 'PUT' && drops-- > 0 ? { kind: 'dropBefore' } : undefined) } });
    await s.service.start();
    const [item] = await enqueueAll(s, 1);
    await vi.waitFor(() => expect(s.clock.pending()).toBe(1));
    expect(await s.workspace.outbox.get(item!.id)).toMatchObject({ state: 'queued', lastError: { code: 'syncNetwork' } });

    s.events.dispatchEvent(new Event('online'));
    await allDelivered(s, 1);
    expect(s.clock.now()).toBe(TEST_START);
  });

  it('waits out a server error’s backoff, then delivers', async () => {
    let failures = 1;
    const s = await setup({ dav: { fault: (request) => (request.method === 'PUT' && failures-- > 0 ? { kind: 'status', status: 503 } : undefined) } });
    await s.service.start();
    const items = await enqueueAll(s, 2);
    await vi.waitFor(() => expect(s.clock.pending()).toBe(1));
    expect(await states(s)).toEqual(['queued', 'queued']);
    expect(await s.workspace.outbox.get(items[0]!.id)).toMatchObject({ lastError: { code: 'syncServer', httpStatus: 503 }, nextAttemptAt: TEST_START + 1000 });

    s.clock.advance(999);
    expect(await states(s)).toEqual(['queued', 'queued']);
    s.clock.advance(1);
    await allDelivered(s, 2);
    expectOnServer(s, items);
  });

  it('a file queued during a backoff waits behind the one the server refused', async () => {
    let failures = 1;
    const s = await setup({ dav: { fault: (request) => (request.method === 'PUT' && failures-- > 0 ? { kind: 'status', status: 503 } : undefined) } });
    await s.service.start();
    const [first] = await enqueueAll(s, 1);
    await vi.waitFor(() => expect(s.clock.pending()).toBe(1));
    const second = await s.service.enqueue(exportOf(s.target, 1));
    // The run sleeps on the test clock; give a wrongly woken one time to send.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await states(s)).toEqual(['queued', 'queued']);
    expect(withoutRepeats(s.platform.paths('PUT'))).toEqual([remotePathOf(first!)]);

    s.clock.advance(1000);
    await allDelivered(s, 2);
    expect(withoutRepeats(s.platform.paths('PUT'))).toEqual([remotePathOf(first!), remotePathOf(second)]);
  });

  it('a retry during a backoff sends at once', async () => {
    let failures = 1;
    const s = await setup({ dav: { fault: (request) => (request.method === 'PUT' && failures-- > 0 ? { kind: 'status', status: 503 } : undefined) } });
    await s.service.start();
    const [item] = await enqueueAll(s, 1);
    await vi.waitFor(() => expect(s.clock.pending()).toBe(1));

    await s.service.retry(item!.id);
    await allDelivered(s, 1);
    expect(s.clock.now()).toBe(TEST_START);
  });

  it('a target out of reach while online is looked at again after a pause, without touching the items', async () => {
    const s = await setup();
    s.platform.network.up = false;
    await s.service.start();
    const items = await enqueueAll(s, 2);
    await vi.waitFor(() => expect(s.clock.pending()).toBe(1));
    await s.service.idle();
    expect(await s.workspace.outbox.get(items[0]!.id)).toMatchObject({ state: 'queued', attempts: 0 });
    expect(s.platform.paths('PUT')).toEqual([]);
    expect((await s.workspace.syncTargets.get(s.target.id))!.lastCheck).toMatchObject({ result: 'syncNetwork' });

    s.platform.network.up = true;
    s.clock.advance(s.clock.nextWake()! - s.clock.now());
    await allDelivered(s, 2);
    // The run records what it learnt of the target once it ends.
    await s.service.idle();
    expect((await s.workspace.syncTargets.get(s.target.id))!.lastCheck).toMatchObject({ result: 'ok' });
  });

  it('stops at a wrong password, sends nothing more until the user acts, then delivers everything', async () => {
    const s = await setup({ password: 'wrong' });
    await s.service.start();
    const items = await enqueueAll(s, 3);
    await vi.waitFor(async () => expect(await states(s)).toEqual(['failed', 'queued', 'queued']));
    await s.service.idle();
    expect(await s.workspace.outbox.get(items[0]!.id)).toMatchObject({ lastError: { code: 'syncUnauthorized', httpStatus: 401 }, nextAttemptAt: null });
    expect((await s.workspace.syncTargets.get(s.target.id))!.lastCheck).toMatchObject({ result: 'syncUnauthorized', httpStatus: 401 });
    expect(s.clock.pending()).toBe(0);

    // Neither the network coming back nor another export sends anything to a target that refused us.
    const before = s.platform.dav.requests.length;
    s.events.dispatchEvent(new Event('online'));
    items.push(await s.service.enqueue(exportOf(s.target, 3)));
    await vi.waitFor(async () => expect(await s.workspace.outbox.waitingCount()).toBe(4));
    await s.service.idle();
    expect(s.platform.dav.requests.length).toBe(before);

    // The user enters the right password in Settings.
    await s.platform.configureTarget(connectionOf(s.target, 'app-password'));
    await s.workspace.syncTargets.update(s.target.id, {});
    s.service.kick(s.target.id);
    await allDelivered(s, 4);
    expectOnServer(s, items);
  });

  it('does not try a WebDAV target whose password is not known this session', async () => {
    const s = await setup({ password: null });
    await s.service.start();
    await enqueueAll(s, 1);
    await s.service.idle();
    expect(s.platform.dav.requests).toEqual([]);
    expect(await states(s)).toEqual(['queued']);
  });

  it('tests a connection: records the outcome, and says when the folder will be created at the first delivery', async () => {
    const s = await setup({ password: 'wrong' });
    await s.service.start();

    expect(await s.service.testConnection(s.target.id)).toEqual({ kind: 'failed', code: 'syncUnauthorized', httpStatus: 401 });
    expect((await s.workspace.syncTargets.get(s.target.id))!.lastCheck).toEqual({ at: TEST_START, result: 'syncUnauthorized', httpStatus: 401 });

    s.clock.advance(60_000);
    await s.platform.configureTarget(connectionOf(s.target, 'app-password'));
    expect(await s.service.testConnection(s.target.id)).toEqual({ ok: true, folderMissing: true });
    expect((await s.workspace.syncTargets.get(s.target.id))!.lastCheck).toEqual({ at: TEST_START + 60_000, result: 'ok' });

    s.platform.dav.folders.add('Delegation Desk').add(FOLDER);
    expect(await s.service.testConnection(s.target.id)).toEqual({ ok: true });

    s.platform.network.up = false;
    expect(await s.service.testConnection(s.target.id)).toEqual({ kind: 'failed', code: 'syncNetwork' });
  });

  it('a passing connection test sends again what the target refused', async () => {
    const s = await setup({ password: 'wrong' });
    await s.service.start();
    const items = await enqueueAll(s, 2);
    await vi.waitFor(async () => expect(await states(s)).toEqual(['failed', 'queued']));
    await s.service.idle();

    await s.platform.configureTarget(connectionOf(s.target, 'app-password'));
    await s.service.testConnection(s.target.id);
    await allDelivered(s, 2);
    expectOnServer(s, items);
  });

  it('an item cancelled while the run looks at the target is not sent', async () => {
    const s = await setup();
    s.platform.hold((method) => method === 'PROPFIND');
    await s.service.start();
    const [cancelled] = await enqueueAll(s, 2);
    await vi.waitFor(() => expect(s.platform.held()).toBe(1));

    await s.service.cancel(cancelled!.id);
    s.platform.hold(null);
    s.platform.release();
    await vi.waitFor(async () => expect(await states(s)).toEqual(['cancelled', 'sent']));
    await s.service.idle();

    expect(s.platform.paths('PUT').some((path) => path.endsWith(sampleExport(0).fileName))).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('removing a target stops its upload, cancels its items and forgets its password', async () => {
    const s = await setup();
    s.platform.hold((method) => method === 'PUT');
    await s.service.start();
    await enqueueAll(s, 2);
    await vi.waitFor(() => expect(s.platform.held()).toBe(1));

    await s.service.removeTarget(s.target.id);

    expect(await states(s)).toEqual(['cancelled', 'cancelled']);
    expect(await s.workspace.syncTargets.get(s.target.id)).toBeUndefined();
    expect(await s.platform.targetStatus(s.target.id)).toEqual({ known: false, credentials: 'none' });
    expect(s.platform.dav.files.size).toBe(0);
  });

  it('stopping (the app closing) puts an item mid-upload back in the queue and sends nothing more', async () => {
    const s = await setup();
    s.platform.hold((method) => method === 'PUT');
    await s.service.start();
    await enqueueAll(s, 2);
    await vi.waitFor(() => expect(s.platform.held()).toBe(1));

    await s.service.stop();
    const count = s.platform.dav.requests.length;
    s.service.kick();
    s.events.dispatchEvent(new Event('online'));
    await s.service.idle();

    expect(await states(s)).toEqual(['queued', 'queued']);
    expect(s.platform.dav.requests.length).toBe(count);
  });
});
