import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/outbox/content-hash';
import { createOutboxItem } from '../../shared/outbox/outbox-item';
import { transition } from '../../shared/outbox/outbox-machine';
import type { OutboxStore } from '../../shared/outbox/outbox-store';
import { createMemoryOutboxStore, deliver, filesOnDisk, queuedExports, remotePathOf, TARGET, transportFor } from './harness';
import { serverGate, startWebDavServer, type ServerKind, type WebDavServer } from './servers';

/** Uploads, conflicts, a wrong password and a restarted app, against each real server. */
describe.each(['rclone', 'apache'] as const)('outbox delivery to a real %s WebDAV server', (kind: ServerKind) => {
  const gate = serverGate(kind);
  let server: WebDavServer;

  beforeAll(async () => {
    if (gate.run) server = await startWebDavServer(kind);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it.runIf(gate.run)('delivers files byte for byte under Cyrillic names, creating the folders on the way', async () => {
    const folder = `Делегація/ReBuild Ukraine 2023/Варшава ${kind}`;
    const binary = new Uint8Array(300_000).map((_, index) => (index * 7919) % 256);
    const items = [
      ...(await queuedExports(6, folder)),
      await createOutboxItem({ id: 'x-docx', now: Date.now(), targetId: TARGET, folder, fileName: 'Звіт делегації — Лисогор, Delbe (О-де-Франс).docx', bytes: binary, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
      await createOutboxItem({ id: 'x-csv', now: Date.now() + 1, targetId: TARGET, folder, fileName: 'Контакти #1 100% ready.csv', bytes: new TextEncoder().encode('\uFEFFІм’я;Організація\nІгор Терехов;Харківська міська рада\n'), mimeType: 'text/csv' }),
    ];
    const store = createMemoryOutboxStore(items);
    const report = await deliver(store, transportFor(server.url));
    expect(report).toMatchObject({ stop: 'idle', delivered: items.length, failures: 0 });

    const onDisk = await filesOnDisk(server.root);
    for (const item of items) {
      const stored = onDisk.get(remotePathOf(item));
      expect(stored, remotePathOf(item)).toBeDefined();
      expect(Buffer.compare(stored!, Buffer.from(item.bytes))).toBe(0);
      expect(await sha256Hex(stored!)).toBe(item.contentHash);
    }
    expect((await store.list()).every((item) => item.state === 'sent')).toBe(true);
  });

  it.runIf(gate.run)('never overwrites a different file at the path: conflict, then the user’s new name delivers “name (2).ext”', async () => {
    const folder = `Конфлікт ${kind}`;
    const [item] = await queuedExports(1, folder, 500);
    const path = remotePathOf(item!);
    // A colleague's different file under the same name, uploaded through WebDAV like ours.
    const transport = transportFor(server.url);
    const theirs = new TextEncoder().encode('Версія колеги: інший зміст зустрічі з Business France Ukraine.\n');
    expect(await transport.put(path, theirs, await sha256Hex(theirs))).toEqual({ kind: 'delivered' });

    const store = createMemoryOutboxStore([item!]);
    expect(await deliver(store, transport)).toMatchObject({ conflicts: 1, delivered: 0 });
    const conflict = (await store.get(item!.id))!;
    expect(conflict).toMatchObject({ state: 'conflict', lastError: { code: 'syncConflict' } });
    expect((await filesOnDisk(server.root)).get(path)).toEqual(Buffer.from(theirs));

    await store.put(transition(conflict, { type: 'sendUnderNewName' }, Date.now(), Math.random));
    expect(await deliver(store, transport)).toMatchObject({ delivered: 1 });
    const onDisk = await filesOnDisk(server.root);
    expect(onDisk.get(path)).toEqual(Buffer.from(theirs));
    const renamed = path.replace(/\.md$/, ' (2).md');
    expect(onDisk.get(renamed)).toEqual(Buffer.from(item!.bytes));
    expect([...onDisk.keys()].filter((key) => key.startsWith(`${folder}/`)).sort()).toEqual([path, renamed].sort());
  });

  it.runIf(gate.run)('answers a wrong password with syncUnauthorized, writes nothing, and delivers once the settings are fixed', async () => {
    const folder = `Пароль ${kind}`;
    const items = await queuedExports(3, folder, 600);
    const store = createMemoryOutboxStore(items);
    const wrong = transportFor(server.url, 'not-the-password');
    expect(await wrong.probe()).toEqual({ kind: 'failed', code: 'syncUnauthorized', httpStatus: 401 });
    expect(await deliver(store, wrong)).toMatchObject({ stop: 'needsUser', failures: 1 });
    expect((await store.get(items[0]!.id))).toMatchObject({ state: 'failed', nextAttemptAt: null, lastError: { code: 'syncUnauthorized', httpStatus: 401 } });
    expect([...(await filesOnDisk(server.root)).keys()].some((key) => key.startsWith(folder))).toBe(false);

    for (const item of await store.list()) await store.put(transition(item, { type: 'targetChanged' }, Date.now(), Math.random));
    const right = transportFor(server.url);
    expect(await right.probe()).toEqual({ ok: true });
    expect(await deliver(store, right)).toMatchObject({ stop: 'idle', delivered: 3 });
  });

  it.runIf(gate.run)('resumes a half-sent queue after the app is closed mid-send and after a crash before “sent” was written', async () => {
    const folder = `Перезапуск ${kind}`;
    const items = await queuedExports(60, folder, 700);
    const store = createMemoryOutboxStore(items);

    // 1. The window closes while the 21st upload is under way.
    const closing = new AbortController();
    let sent = 0;
    const watched: OutboxStore = { ...store, put: async (item) => {
      await store.put(item);
      if (item.state === 'sent' && ++sent === 20) closing.abort(new Error('app closed'));
    } };
    const first = await deliver(watched, transportFor(server.url), { signal: closing.signal });
    expect(first.stop).toBe('aborted');

    // 2. The app crashes right after the server took a file, before 'sent' reached the database.
    let crashed = false;
    const crashing: OutboxStore = { ...store, put: async (item) => {
      if (item.state === 'sent' && !crashed && (await store.get(item.id))?.state === 'sending') {
        crashed = true;
        throw new Error('power cut');
      }
      await store.put(item);
    } };
    await expect(deliver(crashing, transportFor(server.url))).rejects.toThrow('power cut');
    const half = await store.list();
    // The batch the server took, and the one started behind it, still read 'sending'.
    const leftSending = half.filter((item) => item.state === 'sending');
    expect(leftSending.length).toBeGreaterThanOrEqual(1);
    const sentBefore = half.filter((item) => item.state === 'sent').length;
    expect(sentBefore).toBeGreaterThanOrEqual(20);
    const onDiskAtCrash = await filesOnDisk(server.root);
    const tookUnrecorded = leftSending.filter((item) => onDiskAtCrash.has(remotePathOf(item))).length;
    expect(tookUnrecorded).toBeGreaterThanOrEqual(1);

    // 3. The app starts again: a new run over the same store, with a new transport. What the
    // server took before the crash is found there, not sent a second time.
    const resumed = await deliver(store, transportFor(server.url));
    expect(resumed).toMatchObject({ stop: 'idle', alreadyThere: tookUnrecorded, delivered: items.length - sentBefore - tookUnrecorded });
    expect((await store.list()).every((item) => item.state === 'sent')).toBe(true);
    const onDisk = await filesOnDisk(server.root);
    const ours = [...onDisk.keys()].filter((key) => key.startsWith(`${folder}/`));
    expect(ours.sort()).toEqual(items.map(remotePathOf).sort());
    for (const item of items) expect(onDisk.get(remotePathOf(item))).toEqual(Buffer.from(item.bytes));
  });
});
