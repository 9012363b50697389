import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from './content-hash';
import { createFakeWebDav, type Fault, type FakeWebDav, type FakeWebDavOptions } from './fake-webdav';
import { BATCH_GAP_MS, LISTING_MAX_AGE_MS } from './listing-cache';
import type { FetchLike } from './webdav-http';
import { createWebDavTransport } from './webdav-transport';

/** The transport in a batch: one PROPFIND of the folder in place of a HEAD per name it shows free. */

const utf8 = (text: string) => new TextEncoder().encode(text);
const FOLDER = 'Delegation Desk/ReBuild Ukraine 2023';
const file = (n: number) => `${FOLDER}/${String(n).padStart(3, '0')} Підсумки зустрічі.md`;
const bytesOf = (n: number) => utf8(`# Зустріч № ${n}\n\nАртем Лисогор — Juliette Delbe\n`);

function setUp(options: FakeWebDavOptions & { wrapFetch?: (fetch: FetchLike) => FetchLike } = {}) {
  const server = createFakeWebDav(options);
  for (const level of ['Delegation Desk', FOLDER]) server.folders.add(level);
  const fetch = options.wrapFetch ? options.wrapFetch(server.fetch) : server.fetch;
  const transport = createWebDavTransport({ baseUrl: server.baseUrl, username: 'u', password: 'p', fetch });
  const put = async (path: string, bytes: Uint8Array, replacePartial = false) => transport.put(path, bytes, await sha256Hex(bytes), { replacePartial });
  return { server, transport, put };
}

const methods = (server: FakeWebDav) => server.requests.map((request) => request.method);
const faultsOnce = (...faults: { method: string; fault: Fault }[]) => {
  const left = [...faults];
  return (request: { method: string }) => {
    const index = left.findIndex((entry) => entry.method === request.method);
    return index === -1 ? undefined : left.splice(index, 1)[0]!.fault;
  };
};

// The clock stands still unless a test moves it: a busy machine cannot stretch a batch past BATCH_GAP_MS.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each([
  ['Apache-like', { honoursPreconditions: true, keepsPartialUploads: false }],
  ['rclone-like', { honoursPreconditions: false, keepsPartialUploads: true }],
] as const)('WebDAV transport in a batch, against a %s server', (_, behaviour) => {
  it('looks with a HEAD on a lone put, lists the folder once the puts come in a batch, then PUTs names the listing shows free', async () => {
    const { server, put } = setUp(behaviour);
    for (let n = 0; n < 6; n++) expect(await put(file(n), bytesOf(n))).toEqual({ kind: 'delivered' });
    expect(methods(server)).toEqual(['HEAD', 'PUT', 'PROPFIND', 'PUT', 'PUT', 'PUT', 'PUT', 'PUT']);
    expect(server.requests[2]!.headers.get('Depth')).toBe('1');
    for (const request of server.requests.filter((r) => r.method === 'PUT')) expect(request.headers.get('If-None-Match')).toBe('*');
    for (let n = 0; n < 6; n++) expect(server.files.get(file(n))).toEqual(bytesOf(n));
  });

  it('still looks (HEAD/GET) at every name the listing shows: the same bytes are already there, other bytes are a conflict and stay', async () => {
    const { server, put } = setUp(behaviour);
    const theirs = utf8('Версія колеги');
    server.files.set(file(1), bytesOf(1));
    server.files.set(file(2), theirs);
    // Another case and NFD on a case-insensitive server are the same file: looked at too.
    server.files.set(`${FOLDER}/${'Йорданія.MD'.normalize('NFD')}`, theirs);
    expect(await put(file(0), bytesOf(0))).toEqual({ kind: 'delivered' });
    expect(await put(file(1), bytesOf(1))).toEqual({ kind: 'alreadyThere' });
    expect(await put(file(2), bytesOf(2))).toEqual({ kind: 'conflict' });
    expect(await put(`${FOLDER}/Йорданія.md`, bytesOf(3))).toMatchObject({ kind: 'delivered' });
    expect(await put(file(4), bytesOf(4))).toEqual({ kind: 'delivered' });
    expect(methods(server)).toEqual(['HEAD', 'PUT', 'PROPFIND', 'HEAD', 'GET', 'HEAD', 'GET', 'HEAD', 'PUT', 'PUT']);
    expect(server.files.get(file(2))).toBe(theirs);
  });

  it('never trusts the listing twice for one name: a second item of the same name is looked at, and never overwrites the first', async () => {
    const { server, put } = setUp(behaviour);
    await put(file(0), bytesOf(0));
    expect(await put(file(1), bytesOf(1))).toEqual({ kind: 'delivered' });
    expect(await put(file(1), utf8('інший зміст під тією ж назвою'))).toEqual({ kind: 'conflict' });
    expect(await put(file(1), bytesOf(1))).toEqual({ kind: 'alreadyThere' });
    expect(server.files.get(file(1))).toEqual(bytesOf(1));
    // The other copy is longer than the first: different, known from the HEAD alone.
    expect(methods(server).slice(2)).toEqual(['PROPFIND', 'PUT', 'HEAD', 'HEAD', 'GET']);
  });

  it('sends an item again after a cut upload only after looking at what the cut left', async () => {
    let cut = false;
    const { server, put } = setUp({
      ...behaviour,
      fault: (request) => {
        if (cut || request.method !== 'PUT' || request.path !== file(1)) return undefined;
        cut = true;
        return { kind: 'cut', after: 10 };
      },
    });
    const big = utf8('Нотатки. '.repeat(200));
    await put(file(0), bytesOf(0));
    expect(await put(file(1), big)).toEqual({ kind: 'failed', code: 'syncNetwork' });
    expect(await put(file(1), big, true)).toEqual({ kind: 'delivered' });
    expect(server.files.get(file(1))).toEqual(big);
    // rclone kept the first 10 bytes: a GET compares them, and If-Match replaces only that copy.
    expect(methods(server).slice(2)).toEqual(behaviour.keepsPartialUploads ? ['PROPFIND', 'PUT', 'HEAD', 'GET', 'PUT'] : ['PROPFIND', 'PUT', 'HEAD', 'PUT']);
  });

  it('falls back to a HEAD per name when the listing fails or cannot be read', async () => {
    for (const fault of [{ kind: 'dropBefore' }, { kind: 'status', status: 500 }, { kind: 'status', status: 403 }] as const) {
      const { server, put } = setUp({ ...behaviour, fault: faultsOnce({ method: 'PROPFIND', fault }) });
      for (let n = 0; n < 3; n++) expect(await put(file(n), bytesOf(n))).toEqual({ kind: 'delivered' });
      expect(methods(server)).toEqual(['HEAD', 'PUT', 'PROPFIND', 'HEAD', 'PUT', 'HEAD', 'PUT']);
    }
    const unreadable = setUp({
      ...behaviour,
      wrapFetch: (fetch) => async (input, init) => (init.method === 'PROPFIND' ? new Response('<html>Proxy login</html>', { status: 207 }) : fetch(input, init)),
    });
    for (let n = 0; n < 3; n++) expect(await unreadable.put(file(n), bytesOf(n))).toEqual({ kind: 'delivered' });
    expect(methods(unreadable.server)).toEqual(['HEAD', 'PUT', 'HEAD', 'PUT', 'HEAD', 'PUT']);
  });

  it('takes a missing folder as empty, creates it on the 409, and looks again before the second PUT', async () => {
    const { server, put } = setUp(behaviour);
    const folder = 'Delegation Desk/Нова тека';
    await put(file(0), bytesOf(0));
    expect(await put(`${folder}/a.md`, bytesOf(1))).toEqual({ kind: 'delivered' });
    expect(await put(`${folder}/b.md`, bytesOf(2))).toEqual({ kind: 'delivered' });
    expect(methods(server).slice(2)).toEqual(['HEAD', 'PUT', 'MKCOL', 'MKCOL', 'HEAD', 'PUT', 'PROPFIND', 'PUT']);
  });

  it('lists again once the listing is older than LISTING_MAX_AGE_MS, and looks with a HEAD after a pause longer than BATCH_GAP_MS', async () => {
    const { server, put } = setUp(behaviour);
    const step = Math.ceil((LISTING_MAX_AGE_MS * 0.6));
    expect(step).toBeLessThanOrEqual(BATCH_GAP_MS);
    await put(file(0), bytesOf(0));
    await put(file(1), bytesOf(1));
    vi.advanceTimersByTime(step);
    await put(file(2), bytesOf(2));
    vi.advanceTimersByTime(step);
    await put(file(3), bytesOf(3));
    vi.advanceTimersByTime(BATCH_GAP_MS + 1);
    await put(file(4), bytesOf(4));
    expect(methods(server)).toEqual(['HEAD', 'PUT', 'PROPFIND', 'PUT', 'PUT', 'PROPFIND', 'PUT', 'HEAD', 'PUT']);
  });

  it('counts as taken a name this transport was still writing when a later listing was made', async () => {
    let releasePut: () => void = () => undefined;
    let reachedPut: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (releasePut = resolve));
    const reached = new Promise<void>((resolve) => (reachedPut = resolve));
    const name = file(1).split('/').at(-1)!;
    const { server, put } = setUp({
      ...behaviour,
      wrapFetch: (fetch) => async (input, init) => {
        // The first PUT of file 1 reaches the server only after the next listing has been made.
        if (init.method === 'PUT' && decodeURIComponent(input).endsWith(name) && !server.files.has(file(1))) {
          reachedPut();
          await slow;
        }
        return fetch(input, init);
      },
    });
    const step = Math.ceil(LISTING_MAX_AGE_MS * 0.6);
    await put(file(0), bytesOf(0));
    vi.advanceTimersByTime(step);
    const first = put(file(1), bytesOf(1));
    await reached;
    vi.advanceTimersByTime(step);
    await put(file(2), bytesOf(2));
    vi.advanceTimersByTime(step);
    // The first listing is stale now: this put lists again, while file 1 is still on its way.
    await put(file(3), bytesOf(3));
    releasePut();
    expect(await first).toEqual({ kind: 'delivered' });
    expect(await put(file(1), utf8('друга копія з іншим змістом'))).toEqual({ kind: 'conflict' });
    expect(server.files.get(file(1))).toEqual(bytesOf(1));
    expect(methods(server)).toEqual(['HEAD', 'PUT', 'PROPFIND', 'PUT', 'PROPFIND', 'PUT', 'PUT', 'HEAD']);
  });
});

describe('WebDAV transport in a batch: a file that appears between the listing and the PUT', () => {
  const colleagueWritesAfterListing = (target: string, theirs: Uint8Array, server: () => FakeWebDav) => (fetch: FetchLike) => {
    let done = false;
    return (async (input, init) => {
      const response = await fetch(input, init);
      if (init.method === 'PROPFIND' && !done) {
        done = true;
        server().files.set(target, theirs);
      }
      return response;
    }) satisfies FetchLike;
  };

  it('is refused by a server that honours If-None-Match (412), looked at, and kept: a conflict', async () => {
    const theirs = utf8('написала колега');
    const holder: { server?: FakeWebDav } = {};
    const setup = setUp({ honoursPreconditions: true, wrapFetch: colleagueWritesAfterListing(file(1), theirs, () => holder.server!) });
    holder.server = setup.server;
    await setup.put(file(0), bytesOf(0));
    expect(await setup.put(file(1), bytesOf(1))).toEqual({ kind: 'conflict' });
    expect(setup.server.files.get(file(1))).toBe(theirs);
    expect(methods(setup.server).slice(2)).toEqual(['PROPFIND', 'PUT', 'HEAD', 'GET']);
  });

  it('on a server that ignores If-None-Match (rclone), is lost the same way inside a HEAD’s window: only the server can close it', async () => {
    const theirs = utf8('написала колега');
    // With a listing: written after the PROPFIND, before our PUT.
    const holder: { server?: FakeWebDav } = {};
    const listed = setUp({ honoursPreconditions: false, wrapFetch: colleagueWritesAfterListing(file(1), theirs, () => holder.server!) });
    holder.server = listed.server;
    await listed.put(file(0), bytesOf(0));
    expect(await listed.put(file(1), bytesOf(1))).toEqual({ kind: 'delivered' });
    expect(listed.server.files.get(file(1))).toEqual(bytesOf(1));

    // With a HEAD (a lone put, as before the listing existed): written after the HEAD, before our PUT.
    const headed = createFakeWebDav({ honoursPreconditions: false });
    for (const level of ['Delegation Desk', FOLDER]) headed.folders.add(level);
    const transport = createWebDavTransport({
      baseUrl: headed.baseUrl,
      username: 'u',
      password: 'p',
      fetch: async (input, init) => {
        const response = await headed.fetch(input, init);
        if (init.method === 'HEAD') headed.files.set(file(1), theirs);
        return response;
      },
    });
    expect(await transport.put(file(1), bytesOf(1), await sha256Hex(bytesOf(1)))).toEqual({ kind: 'delivered' });
    expect(headed.files.get(file(1))).toEqual(bytesOf(1));
  });

  it('on a server that ignores If-None-Match, catches a file written before the listing, and never trusts a stale one', async () => {
    const theirs = utf8('написала колега');
    const { server, put } = setUp({ honoursPreconditions: false });
    await put(file(0), bytesOf(0));
    server.files.set(file(1), theirs);
    expect(await put(file(2), bytesOf(2))).toEqual({ kind: 'delivered' });
    expect(await put(file(1), bytesOf(1))).toEqual({ kind: 'conflict' });
    // Written after the listing: once the listing is stale, the name is looked at afresh.
    server.files.set(file(3), theirs);
    vi.advanceTimersByTime(LISTING_MAX_AGE_MS + 1);
    expect(await put(file(3), bytesOf(3))).toEqual({ kind: 'conflict' });
    expect(server.files.get(file(1))).toBe(theirs);
    expect(server.files.get(file(3))).toBe(theirs);
  });
});
