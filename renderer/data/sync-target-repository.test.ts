import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { transition, type OutboxEvent } from '#shared/outbox/outbox-machine';
import { sampleExport } from '#shared/outbox/outbox-test-items';
import { testWorkspaces, TEST_START } from './test-workspaces';
import { appErrorOf } from './test-rejection';
import type { Workspace } from './workspace';

const openWorkspace = testWorkspaces();

const nextcloudInput = {
  kind: 'webdav',
  name: 'Nextcloud ОВА',
  baseUrl: 'https://cloud.example.org/remote.php/dav/files/olena/',
  username: 'olena',
  remoteFolder: 'Delegation Desk',
} as const;

async function queue(workspace: Workspace, targetId: string, n: number, ...events: OutboxEvent[]) {
  const { fileName, text } = sampleExport(n);
  const item = await workspace.outbox.enqueue({ targetId, fileName, mimeType: 'text/markdown', bytes: new TextEncoder().encode(text) });
  let next = item;
  for (const event of events) next = transition(next, event, TEST_START, () => 0.5);
  await workspace.db.outbox.put(next);
  return next;
}

const failedWith = (code: 'syncUnauthorized' | 'syncForbidden', httpStatus: number): OutboxEvent[] => [{ type: 'start' }, { type: 'failed', code, httpStatus }];

describe('sync target repository', () => {
  it('creates a WebDAV target without ever storing a password, with a tidy remote folder', async () => {
    const { syncTargets, db } = openWorkspace();
    const target = await syncTargets.create({ ...nextcloudInput, password: 'app-password-123', remoteFolder: '/Delegation Desk/ ReBuild Ukraine 2023 //' });

    expect(target).toEqual({
      ...nextcloudInput,
      id: expect.stringMatching(/^[0-9A-Z]{26}$/),
      remoteFolder: 'Delegation Desk/ReBuild Ukraine 2023',
      createdAt: TEST_START,
      updatedAt: TEST_START,
      lastCheck: null,
    });
    const stored = await db.syncTargets.get(target.id);
    expect(JSON.stringify(stored)).not.toContain('app-password-123');
    expect(await syncTargets.list()).toEqual([target]);
  });

  it('creates a folder target', async () => {
    const { syncTargets } = openWorkspace();
    const target = await syncTargets.create({ kind: 'folder', name: 'OneDrive', folderPath: 'C:\\Users\\olena\\OneDrive\\Delegation', remoteFolder: '' });
    expect(target).toMatchObject({ kind: 'folder', folderPath: 'C:\\Users\\olena\\OneDrive\\Delegation', remoteFolder: '' });
  });

  it('refuses a URL with credentials, a missing name and a folder that climbs out, naming each field', async () => {
    const { syncTargets, db } = openWorkspace();
    const error = await appErrorOf(syncTargets.create({ ...nextcloudInput, name: ' ', baseUrl: 'https://olena:secret@cloud.example.org/dav/' }));
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'required' },
        { path: 'baseUrl', code: 'syncTargetUrl' },
      ]),
    );
    const folder = await appErrorOf(syncTargets.create({ ...nextcloudInput, remoteFolder: 'Delegation Desk/../..' }));
    expect(folder.details).toEqual({ issues: [{ path: 'remoteFolder', code: 'remoteFolder' }] });
    expect(await db.syncTargets.count()).toBe(0);
  });

  it('lists targets in the order they were added', async () => {
    let time = TEST_START;
    const { syncTargets } = openWorkspace(() => time);
    const first = await syncTargets.create(nextcloudInput);
    time += 1;
    const second = await syncTargets.create({ ...nextcloudInput, name: 'Apache' });
    expect((await syncTargets.list()).map((t) => t.id)).toEqual([first.id, second.id]);
  });

  it('renaming keeps the last check; a new address drops it; the kind never changes', async () => {
    let time = TEST_START;
    const { syncTargets } = openWorkspace(() => time);
    const target = await syncTargets.create(nextcloudInput);
    await syncTargets.recordCheck(target.id, { at: TEST_START, result: 'ok' });
    time += 60_000;

    const renamed = await syncTargets.update(target.id, { name: 'Nextcloud of the regional administration' });
    expect(renamed).toMatchObject({ name: 'Nextcloud of the regional administration', updatedAt: TEST_START + 60_000, lastCheck: { result: 'ok' } });

    const moved = await syncTargets.update(target.id, { baseUrl: 'https://cloud2.example.org/dav/' });
    expect(moved.lastCheck).toBeNull();

    const same = await syncTargets.update(target.id, { kind: 'folder', folderPath: '/tmp' } as never);
    expect(same.kind).toBe('webdav');
    expect(same).not.toHaveProperty('folderPath');
    expect((await appErrorOf(syncTargets.update('missing', { name: 'x' }))).code).toBe('notFound');
  });

  it('saving a target queues again what waited for the user, and a new folder takes along what is not yet under way', async () => {
    const workspace = openWorkspace();
    const target = await workspace.syncTargets.create(nextcloudInput);
    const refused = await queue(workspace, target.id, 0, ...failedWith('syncUnauthorized', 401));
    const waiting = await queue(workspace, target.id, 1);
    const sent = await queue(workspace, target.id, 2, { type: 'start' }, { type: 'delivered' });
    const conflict = await queue(workspace, target.id, 3, { type: 'start' }, { type: 'conflictFound' });
    const sending = await queue(workspace, target.id, 4, { type: 'start' });

    await workspace.syncTargets.update(target.id, { remoteFolder: 'Звіти' });

    const after = async (id: string) => (await workspace.outbox.get(id))!;
    expect(await after(refused.id)).toMatchObject({ state: 'queued', folder: 'Звіти', failuresInRow: 0 });
    expect(await after(waiting.id)).toMatchObject({ state: 'queued', folder: 'Звіти' });
    expect(await after(sent.id)).toMatchObject({ state: 'sent', folder: 'Delegation Desk' });
    expect(await after(conflict.id)).toMatchObject({ state: 'conflict', folder: 'Delegation Desk' });
    expect(await after(sending.id)).toMatchObject({ state: 'sending', folder: 'Delegation Desk' });
  });

  it('a refused update changes neither the target nor its items', async () => {
    const workspace = openWorkspace();
    const target = await workspace.syncTargets.create(nextcloudInput);
    const refused = await queue(workspace, target.id, 0, ...failedWith('syncForbidden', 403));

    await appErrorOf(workspace.syncTargets.update(target.id, { baseUrl: 'ftp://cloud.example.org/' }));

    expect(await workspace.syncTargets.get(target.id)).toEqual(target);
    expect((await workspace.outbox.get(refused.id))!.state).toBe('failed');
  });

  it('removing a target cancels its unfinished items in the same step and keeps them listed; other targets are untouched', async () => {
    const workspace = openWorkspace();
    const target = await workspace.syncTargets.create(nextcloudInput);
    const other = await workspace.syncTargets.create({ ...nextcloudInput, name: 'Apache' });
    const queued = await queue(workspace, target.id, 0);
    const failed = await queue(workspace, target.id, 1, ...failedWith('syncUnauthorized', 401));
    const sent = await queue(workspace, target.id, 2, { type: 'start' }, { type: 'delivered' });
    const sending = await queue(workspace, target.id, 3, { type: 'start' });
    const elsewhere = await queue(workspace, other.id, 0);

    expect(await workspace.syncTargets.remove(target.id)).toBe(3);

    expect(await workspace.syncTargets.get(target.id)).toBeUndefined();
    const states = Object.fromEntries((await workspace.outbox.list()).map((item) => [item.id, item.state]));
    expect(states).toEqual({ [queued.id]: 'cancelled', [failed.id]: 'cancelled', [sent.id]: 'sent', [sending.id]: 'cancelled', [elsewhere.id]: 'queued' });
    expect((await appErrorOf(workspace.syncTargets.remove(target.id))).code).toBe('notFound');
  });

  it('records checks, never letting an older one replace a newer one, and ignores a removed target', async () => {
    const { syncTargets } = openWorkspace();
    const target = await syncTargets.create(nextcloudInput);

    expect(await syncTargets.recordCheck(target.id, { at: TEST_START + 2000, result: 'syncUnauthorized', httpStatus: 401 })).toBe(true);
    expect(await syncTargets.recordCheck(target.id, { at: TEST_START + 1000, result: 'ok' })).toBe(false);
    expect(await syncTargets.get(target.id)).toMatchObject({ lastCheck: { at: TEST_START + 2000, result: 'syncUnauthorized', httpStatus: 401 }, updatedAt: TEST_START });

    await syncTargets.remove(target.id);
    expect(await syncTargets.recordCheck(target.id, { at: TEST_START + 3000, result: 'ok' })).toBe(false);
    expect((await appErrorOf(syncTargets.recordCheck(target.id, { at: -1, result: 'ok' }))).code).toBe('validation');
  });
});
