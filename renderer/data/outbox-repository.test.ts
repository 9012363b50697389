import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '#shared/outbox/content-hash';
import { transition } from '#shared/outbox/outbox-machine';
import { sampleExport } from '#shared/outbox/outbox-test-items';
import { testWorkspaces, TEST_START } from './test-workspaces';
import { appErrorOf } from './test-rejection';
import { MAX_OUTBOX_FILE_BYTES } from './outbox-repository';
import { StaleOutboxItemError, recordOf } from './outbox-dexie-store';
import type { Workspace } from './workspace';
import type { OutboxItem } from '#shared/outbox/outbox-item';

const openWorkspace = testWorkspaces();
const encode = (text: string) => new TextEncoder().encode(text);

async function withTarget(now?: () => number) {
  const workspace = openWorkspace(now);
  const nextcloud = await workspace.syncTargets.create({
    kind: 'webdav',
    name: 'Nextcloud ОВА',
    baseUrl: 'https://cloud.example.org/remote.php/dav/files/olena/',
    username: 'olena',
    remoteFolder: 'Delegation Desk/ReBuild Ukraine 2023',
  });
  return { ...workspace, nextcloud };
}

function exportOf(workspace: { nextcloud: { id: string } }, n: number) {
  const { fileName, text } = sampleExport(n);
  return { targetId: workspace.nextcloud.id, fileName, mimeType: 'text/markdown', bytes: encode(text) };
}

/** Puts an item into a state the delivery would have left it in. */
async function deliverWith(workspace: Workspace, id: string, ...events: Parameters<typeof transition>[1][]) {
  const item = (await workspace.outbox.get(id))!;
  let next = item;
  for (const event of events) next = transition(next, event, TEST_START, () => 0.5);
  await workspace.db.outbox.put(recordOf(next));
  return next;
}

describe('outbox repository', () => {
  it('queues an export into the target’s remote folder, with its hash, and keeps a copy of the bytes', async () => {
    const workspace = await withTarget();
    const entry = exportOf(workspace, 0);
    const item = await workspace.outbox.enqueue(entry);
    entry.bytes.fill(0);

    expect(item).toMatchObject({
      targetId: workspace.nextcloud.id,
      folder: 'Delegation Desk/ReBuild Ukraine 2023',
      fileName: entry.fileName,
      baseFileName: entry.fileName,
      state: 'queued',
      createdAt: TEST_START,
      contentHash: await sha256Hex(encode(sampleExport(0).text)),
    });
    expect(item.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const stored = await workspace.outbox.get(item.id);
    expect(new TextDecoder().decode(stored!.bytes)).toBe(sampleExport(0).text);
  });

  it('takes an ArrayBuffer as well', async () => {
    const workspace = await withTarget();
    const bytes = encode('BEGIN:VCARD').buffer as ArrayBuffer;
    const item = await workspace.outbox.enqueue({ targetId: workspace.nextcloud.id, fileName: 'Лисогор.vcf', mimeType: 'text/vcard', bytes });
    expect(item.size).toBe(11);
  });

  it('gives back the waiting or sent item for the same bytes and name, and makes a new one otherwise', async () => {
    const workspace = await withTarget();
    const first = await workspace.outbox.enqueue(exportOf(workspace, 0));

    expect((await workspace.outbox.enqueue(exportOf(workspace, 0))).id).toBe(first.id);
    // Same name, other bytes (the meeting was edited): a new item.
    const edited = await workspace.outbox.enqueue({ ...exportOf(workspace, 0), bytes: encode('# Переговори (виправлено)') });
    expect(edited.id).not.toBe(first.id);
    // Sent: exporting again is still the same file.
    await deliverWith(workspace, first.id, { type: 'start' }, { type: 'delivered' });
    expect((await workspace.outbox.enqueue(exportOf(workspace, 0))).id).toBe(first.id);
    expect(await workspace.db.outbox.count()).toBe(2);
  });

  it('queues the same file again once the earlier item was cancelled', async () => {
    const workspace = await withTarget();
    const first = await workspace.outbox.enqueue(exportOf(workspace, 1));
    await workspace.outbox.cancel(first.id);
    const again = await workspace.outbox.enqueue(exportOf(workspace, 1));
    expect(again.id).not.toBe(first.id);
    expect(again.state).toBe('queued');
  });

  it('does not treat the same bytes for another target as a duplicate', async () => {
    const workspace = await withTarget();
    const other = await workspace.syncTargets.create({ kind: 'webdav', name: 'Apache', baseUrl: 'http://127.0.0.1:8080/dav/', username: 'desk', remoteFolder: '' });
    const first = await workspace.outbox.enqueue(exportOf(workspace, 2));
    const second = await workspace.outbox.enqueue({ ...exportOf(workspace, 2), targetId: other.id });
    expect(second.id).not.toBe(first.id);
    expect(second.folder).toBe('');
  });

  it('refuses an unknown target, a name with a slash and a file over the cap, storing nothing', async () => {
    const workspace = await withTarget();
    const unknown = await appErrorOf(workspace.outbox.enqueue({ ...exportOf(workspace, 0), targetId: 'gone' }));
    expect(unknown.details).toEqual({ issues: [{ path: 'targetId', code: 'unknownTarget' }] });

    const slash = await appErrorOf(workspace.outbox.enqueue({ ...exportOf(workspace, 0), fileName: '../Звіт.docx' }));
    expect(slash.code).toBe('validation');
    expect(slash.details?.issues).toEqual([{ path: 'fileName', code: 'invalid' }]);

    // Only the length is looked at before refusing, so no 200 MB are needed.
    const huge = { byteLength: MAX_OUTBOX_FILE_BYTES + 1 } as ArrayBuffer;
    const tooLarge = await appErrorOf(workspace.outbox.enqueue({ ...exportOf(workspace, 0), bytes: huge }));
    expect(tooLarge.details).toMatchObject({ issues: [{ path: 'bytes', code: 'fileTooLarge' }], size: MAX_OUTBOX_FILE_BYTES + 1 });
    expect(await workspace.db.outbox.count()).toBe(0);
  });

  it('retries, cancels and renames through the state machine, and leaves an item alone where the event does not apply', async () => {
    const workspace = await withTarget();
    const a = await workspace.outbox.enqueue(exportOf(workspace, 0));
    const b = await workspace.outbox.enqueue(exportOf(workspace, 1));
    const c = await workspace.outbox.enqueue(exportOf(workspace, 2));
    await deliverWith(workspace, a.id, { type: 'start' }, { type: 'failed', code: 'syncUnauthorized', httpStatus: 401 });
    await deliverWith(workspace, b.id, { type: 'start' }, { type: 'conflictFound' });
    await deliverWith(workspace, c.id, { type: 'start' });

    expect(await workspace.outbox.retry(a.id)).toMatchObject({ state: 'queued', lastError: { code: 'syncUnauthorized' }, nextAttemptAt: null });
    const renamed = await workspace.outbox.sendUnderNewName(b.id);
    expect(renamed).toMatchObject({ state: 'queued', fileName: sampleExport(1).fileName.replace(/\.md$/, ' (2).md'), renameCount: 1 });
    // An item under way can be neither cancelled nor renamed.
    expect((await workspace.outbox.cancel(c.id)).state).toBe('sending');
    expect((await workspace.outbox.sendUnderNewName(c.id)).state).toBe('sending');
    expect((await workspace.outbox.cancel(a.id)).state).toBe('cancelled');
    expect((await workspace.outbox.get(a.id))!.state).toBe('cancelled');

    expect((await appErrorOf(workspace.outbox.retry('missing'))).code).toBe('notFound');
  });

  it('lists newest first without the bytes, counts what waits, and clears only finished items', async () => {
    let time = TEST_START;
    const workspace = await withTarget(() => time);
    const ids: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      time += 1000;
      ids.push((await workspace.outbox.enqueue(exportOf(workspace, n))).id);
    }
    await deliverWith(workspace, ids[0]!, { type: 'start' }, { type: 'delivered' });
    await deliverWith(workspace, ids[1]!, { type: 'start' }, { type: 'failed', code: 'syncForbidden', httpStatus: 403 });
    await deliverWith(workspace, ids[2]!, { type: 'start' }, { type: 'conflictFound' });
    await deliverWith(workspace, ids[3]!, { type: 'cancel' });
    await deliverWith(workspace, ids[4]!, { type: 'start' });

    const listed = await workspace.outbox.list();
    expect(listed.map((item) => item.id)).toEqual([...ids].reverse());
    expect(listed.every((item) => !('bytes' in item))).toBe(true);
    expect(await workspace.outbox.waitingCount()).toBe(4);

    expect(await workspace.outbox.clearFinished()).toBe(2);
    // The files of the cleared items go with them; those still waiting keep theirs.
    expect(await workspace.db.outboxBytes.count()).toBe(4);
    expect((await workspace.outbox.list()).map((item) => item.state).sort()).toEqual(['conflict', 'failed', 'queued', 'sending']);
    expect(await workspace.outbox.waitingCount()).toBe(4);
  });

  it('makes items backing off for a lost network due at once when it comes back, and leaves other backoffs alone', async () => {
    const workspace = await withTarget();
    const lost = await workspace.outbox.enqueue(exportOf(workspace, 0));
    const busy = await workspace.outbox.enqueue(exportOf(workspace, 1));
    await deliverWith(workspace, lost.id, { type: 'start' }, { type: 'failed', code: 'syncNetwork' });
    await deliverWith(workspace, busy.id, { type: 'start' }, { type: 'failed', code: 'syncServer', httpStatus: 503 });
    expect((await workspace.outbox.get(lost.id))!.nextAttemptAt).not.toBeNull();

    await workspace.outbox.resumeAfterReconnect();

    expect(await workspace.outbox.get(lost.id)).toMatchObject({ state: 'queued', nextAttemptAt: null, failuresInRow: 0, partialUploadPossible: true });
    expect((await workspace.outbox.get(busy.id))!.nextAttemptAt).toBe(TEST_START + 1000);
  });
});

describe('outbox store over IndexedDB', () => {
  it('writes each put durably and reads it back', async () => {
    const workspace = await withTarget();
    const item = await workspace.outbox.enqueue(exportOf(workspace, 0));
    const store = workspace.outbox.store;
    const read = (await store.get(item.id))!;
    await store.put(transition(read, { type: 'start' }, TEST_START, Math.random));
    expect((await workspace.db.outbox.get(item.id))!.state).toBe('sending');
    expect((await store.list()).map((i) => i.id)).toEqual([item.id]);
  });

  it('lists only its target’s items when made for one target', async () => {
    const workspace = await withTarget();
    const other = await workspace.syncTargets.create({ kind: 'webdav', name: 'Apache', baseUrl: 'http://127.0.0.1:8080/dav/', username: 'desk', remoteFolder: '' });
    const mine = await workspace.outbox.enqueue(exportOf(workspace, 0));
    await workspace.outbox.enqueue({ ...exportOf(workspace, 1), targetId: other.id });
    expect((await workspace.outbox.storeForTarget(workspace.nextcloud.id).list()).map((i) => i.id)).toEqual([mine.id]);
  });

  it('refuses to write a copy read before the user cancelled the item, so the cancel stands', async () => {
    const workspace = await withTarget();
    const item = await workspace.outbox.enqueue(exportOf(workspace, 0));
    const store = workspace.outbox.storeForTarget(workspace.nextcloud.id);
    const read = (await store.get(item.id))!;

    await workspace.outbox.cancel(item.id);
    const stale = store.put(transition(read, { type: 'start' }, TEST_START, Math.random));

    await expect(stale).rejects.toBeInstanceOf(StaleOutboxItemError);
    expect((await workspace.outbox.get(item.id))!.state).toBe('cancelled');
    // Read afresh, the item is what it is; and the store writes what it read since.
    const fresh = (await store.get(item.id))!;
    await store.put({ ...fresh });
  });

  it('steps in one transaction: the last batch’s outcomes written, the next items read and started in order', async () => {
    const workspace = await withTarget();
    const [first, second, third, fourth] = await Promise.all([0, 1, 2, 3].map((n) => workspace.outbox.enqueue(exportOf(workspace, n))));
    const store = workspace.outbox.storeForTarget(workspace.nextcloud.id);
    const start = (item: OutboxItem) => transition(item, { type: 'start' }, TEST_START, () => 0.5);

    const sending = await store.step!([], [first!.id, second!.id], start);
    expect(sending.map((item) => [item.id, item.state])).toEqual([
      [first!.id, 'sending'],
      [second!.id, 'sending'],
    ]);
    expect(new TextDecoder().decode(sending[1]!.bytes)).toBe(sampleExport(1).text);
    const outcomes = [transition(sending[0]!, { type: 'delivered' }, TEST_START, () => 0.5), transition(sending[1]!, { type: 'conflictFound' }, TEST_START, () => 0.5)];
    const next = await store.step!(outcomes, [third!.id, 'gone', fourth!.id], start);

    expect(next.map((item) => item.id)).toEqual([third!.id, fourth!.id]);
    expect((await workspace.db.outbox.get(first!.id))!.state).toBe('sent');
    expect((await workspace.db.outbox.get(second!.id))!.state).toBe('conflict');
    expect((await workspace.db.outbox.get(third!.id))!.state).toBe('sending');
    // The start function may decline (the item is no longer due): nothing is written for it.
    const fifth = await workspace.outbox.enqueue(exportOf(workspace, 4));
    await workspace.outbox.cancel(fifth.id);
    expect(await store.step!([], [fifth.id], () => null)).toEqual([]);
    expect((await workspace.db.outbox.get(fifth.id))!.state).toBe('cancelled');
  });

  it('writes nothing of a step whose outcome was overtaken by another write, and does not start the next item', async () => {
    const workspace = await withTarget();
    const first = await workspace.outbox.enqueue(exportOf(workspace, 0));
    const second = await workspace.outbox.enqueue(exportOf(workspace, 1));
    const third = await workspace.outbox.enqueue(exportOf(workspace, 2));
    const store = workspace.outbox.storeForTarget(workspace.nextcloud.id);
    const start = (item: OutboxItem) => transition(item, { type: 'start' }, TEST_START, () => 0.5);
    const [one, two] = await store.step!([], [first.id, second.id], start);

    // Another writer (another window's run, a target's folder changed) moved the second on meanwhile.
    await workspace.db.outbox.update(second.id, { folder: 'Elsewhere' });
    const outcomes = [transition(one!, { type: 'delivered' }, TEST_START, () => 0.5), transition(two!, { type: 'failed', code: 'syncNetwork' }, TEST_START, () => 0.5)];
    await expect(store.step!(outcomes, [third.id], start)).rejects.toBeInstanceOf(StaleOutboxItemError);
    expect((await workspace.db.outbox.get(first.id))!.state).toBe('sending');
    expect(await workspace.db.outbox.get(second.id)).toMatchObject({ state: 'sending', folder: 'Elsewhere' });
    expect((await workspace.db.outbox.get(third.id))!.state).toBe('queued');
  });

  it('writes an item it has not read before (a new one)', async () => {
    const workspace = await withTarget();
    const item = (await workspace.outbox.get((await workspace.outbox.enqueue(exportOf(workspace, 0))).id))!;
    const copy = { ...item, id: `${item.id}-copy` };
    await workspace.outbox.store.put(copy);
    expect(await workspace.db.outbox.count()).toBe(2);
    expect(new TextDecoder().decode((await workspace.outbox.store.get(copy.id))!.bytes)).toBe(sampleExport(0).text);
  });

  it('gives a delivery run its target’s pending items only, never the delivered history', async () => {
    const workspace = await withTarget();
    const other = await workspace.syncTargets.create({ kind: 'webdav', name: 'ownCloud', baseUrl: 'https://own.example.org/dav/', username: 'o', remoteFolder: '' });
    const sent = await workspace.outbox.enqueue(exportOf(workspace, 0));
    const waiting = await workspace.outbox.enqueue(exportOf(workspace, 1));
    await workspace.outbox.enqueue({ ...exportOf(workspace, 2), targetId: other.id });
    await deliverWith(workspace, sent.id, { type: 'start' }, { type: 'delivered' });

    const listed = await workspace.outbox.storeForTarget(workspace.nextcloud.id).list();
    expect(listed.map((item) => item.id)).toEqual([waiting.id]);
    expect((await workspace.outbox.store.list()).map((item) => item.id).sort()).not.toContain(sent.id);
    expect(await workspace.outbox.list()).toHaveLength(3);
  });
});
