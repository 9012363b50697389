import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from './content-hash';
import { createFakeWebDav } from './fake-webdav';
import { createWebDavTransportPool, MAX_POOLED_ACCOUNTS } from './transport-pool';

const utf8 = (text: string) => new TextEncoder().encode(text);

afterEach(() => {
  vi.useRealTimers();
});

describe('createWebDavTransportPool', () => {
  it('gives the same transport for the same URL and user, so a queue sent one IPC call at a time keeps its folder listing', async () => {
    // A still clock: the four puts are one batch however busy the machine is.
    vi.useFakeTimers({ toFake: ['Date'] });
    const server = createFakeWebDav();
    server.folders.add('Звіти');
    const pool = createWebDavTransportPool();
    const account = { baseUrl: server.baseUrl, username: 'u', password: 'p', fetch: server.fetch };
    expect(pool(account)).toBe(pool({ ...account, baseUrl: server.baseUrl.replace(/\/$/, '') }));
    for (let n = 0; n < 4; n++) {
      const bytes = utf8(`Нотатки № ${n}`);
      // As the shell does: the transport is asked for afresh for every put.
      expect(await pool({ ...account }).put(`Звіти/${n}.md`, bytes, await sha256Hex(bytes))).toEqual({ kind: 'delivered' });
    }
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'PUT', 'PROPFIND', 'PUT', 'PUT', 'PUT']);
  });

  it('makes a new transport for a new password, another user or another URL', () => {
    const pool = createWebDavTransportPool();
    const account = { baseUrl: 'https://dav.test/files/u/', username: 'u', password: 'p' };
    const first = pool(account);
    expect(pool({ ...account, password: 'new' })).not.toBe(first);
    expect(pool({ ...account, username: 'olena' })).not.toBe(pool({ ...account, password: 'new' }));
    expect(pool({ ...account, baseUrl: 'https://dav.test/files/olena/', password: 'new' })).not.toBe(pool({ ...account, password: 'new' }));
  });

  it(`keeps at most ${MAX_POOLED_ACCOUNTS} accounts, dropping the one used longest ago`, () => {
    const pool = createWebDavTransportPool();
    const accountOf = (n: number) => ({ baseUrl: `https://dav.test/files/${n}/`, username: 'u', password: 'p' });
    const first = pool(accountOf(0));
    const second = pool(accountOf(1));
    for (let n = 2; n <= MAX_POOLED_ACCOUNTS; n++) pool(accountOf(n));
    expect(pool(accountOf(1))).toBe(second);
    expect(pool(accountOf(0))).not.toBe(first);
  });
});
