import { createFakeWebDav, type FakeWebDav, type FakeWebDavOptions } from '#shared/outbox/fake-webdav';
import type { FetchLike } from '#shared/outbox/webdav-http';
import type { SyncPlatform } from '../platform/sync-platform';
import { createWebSyncPlatform } from '../platform/web-sync-platform';

/**
 * For tests: the web build's SyncPlatform (passwords for the session, WebDAV through fetch)
 * over an in-memory WebDAV server (shared/outbox/fake-webdav). `network.up = false` drops every
 * connection; `hold` keeps matching requests waiting until `release()`, like an upload under way.
 */
export interface TestSyncPlatform extends SyncPlatform {
  dav: FakeWebDav;
  network: { up: boolean };
  /** Requests for which `match` returns true wait until `release()` (or until their caller gives up). */
  hold(match: ((method: string, path: string) => boolean) | null): void;
  /** Lets every waiting request go on (new ones are held while a match is set). */
  release(): void;
  /** How many requests wait on a hold. */
  held(): number;
  /** The requests of one method, by path, in the order they were made. */
  paths(method: string): string[];
}

export function createTestSyncPlatform(options: FakeWebDavOptions = {}): TestSyncPlatform {
  const network = { up: true };
  const dav = createFakeWebDav({
    ...options,
    fault: (request, index) => (network.up ? options.fault?.(request, index) : { kind: 'dropBefore' }),
  });
  const basePath = new URL(dav.baseUrl).pathname;
  let holdMatch: ((method: string, path: string) => boolean) | null = null;
  let waiting: Array<() => void> = [];

  const fetch: FetchLike = async (input, init) => {
    const path = decodeURIComponent(new URL(input).pathname.slice(basePath.length)).replace(/\/$/, '');
    if (holdMatch?.(init.method ?? 'GET', path)) {
      await new Promise<void>((resolve, reject) => {
        const go = () => resolve();
        waiting.push(go);
        init.signal?.addEventListener(
          'abort',
          () => {
            waiting = waiting.filter((other) => other !== go);
            reject(init.signal?.reason);
          },
          { once: true },
        );
      });
    }
    return dav.fetch(input, init);
  };

  return {
    ...createWebSyncPlatform({ fetch, connections: new Map() }),
    dav,
    network,
    hold(match) {
      holdMatch = match;
    },
    release() {
      const resume = waiting;
      waiting = [];
      for (const go of resume) go();
    },
    held: () => waiting.length,
    paths: (method) => dav.requests.filter((request) => request.method === method).map((request) => request.path),
  };
}
