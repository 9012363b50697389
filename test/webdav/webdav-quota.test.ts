import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxItem, type OutboxItem } from '../../shared/outbox/outbox-item';
import { createMemoryOutboxStore, deliver, FAST_POLICY, filesOnDisk, isServerTempFile, queuedExports, remotePathOf, TARGET, transportFor } from './harness';
import { startQuotaProxy, type Proxy } from './proxies';
import { serverGate, startWebDavServer, type ServerKind, type WebDavServer } from './servers';

/**
 * A full target. Apache's mod_dav_fs answers 507 Insufficient Storage when the disk is full
 * (ENOSPC), so Apache serves a 256 KiB tmpfs here — where mounting one is allowed (root, and a
 * container that permits it). rclone answers a full disk with a bare 405, which the outbox can
 * only treat as a server failure. The 507 handling is also checked against each real server
 * fronted by a proxy that answers 507 to every upload, which runs everywhere.
 */
const QUOTA_BYTES = 256 * 1024;

async function smallBigSmall(folder: string): Promise<OutboxItem[]> {
  const [first, last] = await queuedExports(2, folder, 800);
  const big = await createOutboxItem({
    id: 'quota-big',
    now: first!.createdAt + 1,
    targetId: TARGET,
    folder,
    fileName: 'Фотозвіт ReBuild Ukraine.zip',
    bytes: new Uint8Array(2 * QUOTA_BYTES).map((_, index) => (index * 13) % 256),
    mimeType: 'application/zip',
  });
  return [first!, big, { ...last!, createdAt: big.createdAt + 1 }];
}

describe.each(['apache', 'rclone'] as const)('a full %s WebDAV target', (kind: ServerKind) => {
  const gate = serverGate(kind);
  let full: WebDavServer | undefined;
  let plain: WebDavServer | undefined;
  let proxy: Proxy | undefined;

  beforeAll(async () => {
    if (!gate.run) return;
    full = await startWebDavServer(kind, { quotaBytes: QUOTA_BYTES });
    if (!full.quota) {
      console.warn(`${kind}: no size-limited tmpfs could be mounted here (needs root and a container that allows mount); the real full-disk test is skipped, the 507 proxy test still runs.`);
    }
    plain = await startWebDavServer(kind);
  });
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });
  afterAll(async () => {
    await full?.dispose();
    await plain?.dispose();
  });

  it.runIf(gate.run)('on a real full disk, keeps the file out, says why, and leaves the next items queued', async (context) => {
    if (!full!.quota) context.skip();
    const folder = 'Повний диск';
    const [first, big, last] = await smallBigSmall(folder);
    const store = createMemoryOutboxStore([first!, big!, last!]);

    const report = await deliver(store, transportFor(full!.url), { waitForBackoff: false });

    expect(await store.get(first!.id)).toMatchObject({ state: 'sent' });
    const stuck = await store.get(big!.id);
    const onDisk = await filesOnDisk(full!.root);
    expect(onDisk.has(remotePathOf(big!))).toBe(false);
    expect([...onDisk.keys()].filter(isServerTempFile)).toEqual([]);
    if (kind === 'apache') {
      // A real 507 from mod_dav_fs: the quota reason, tried again only after a long pause.
      expect(report).toMatchObject({ stop: 'needsUser' });
      expect(stuck).toMatchObject({ state: 'failed', lastError: { code: 'syncQuota', httpStatus: 507 } });
      expect(stuck!.nextAttemptAt! - stuck!.lastError!.at).toBe(FAST_POLICY.quotaRetryMs);
    } else {
      // rclone says only 405 (and removes what it wrote): a server failure, retried with backoff.
      expect(report).toMatchObject({ stop: 'waiting' });
      expect(stuck).toMatchObject({ state: 'queued', lastError: { code: 'syncServer', httpStatus: 405 } });
    }
    expect(await store.get(last!.id)).toMatchObject({ state: 'queued', attempts: 0 });
  });

  it.runIf(gate.run)('maps a 507 answer to the quota error and writes nothing (507 from a proxy before the real server)', async () => {
    proxy = await startQuotaProxy({ targetPort: plain!.port });
    const folder = 'Квота через проксі';
    const [item] = await queuedExports(1, folder, 900);
    const store = createMemoryOutboxStore([item!]);

    expect(await transportFor(proxy.url).probe()).toEqual({ ok: true });
    const report = await deliver(store, transportFor(proxy.url));

    expect(report).toMatchObject({ stop: 'needsUser', failures: 1 });
    expect(await store.get(item!.id)).toMatchObject({ state: 'failed', lastError: { code: 'syncQuota', httpStatus: 507 } });
    expect([...(await filesOnDisk(plain!.root)).keys()].some((key) => key.startsWith(folder))).toBe(false);
  });
});
