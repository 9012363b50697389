import { createWebDavTransport, type WebDavTransport, type WebDavTransportOptions } from './webdav-transport';

/**
 * One WebDAV transport per account, kept between calls. The shell's main process answers each
 * sync:put on its own; a transport made afresh for each would forget the folder listings that
 * spare a HEAD per file while a queue is sent (listing-cache.ts), and every put would look
 * with a HEAD again. The account is the URL and the user name: a new password for them
 * replaces the kept transport (the old password is dropped with it). Other options (fetch,
 * timeouts) are those of the call that made the transport.
 */

/** Accounts kept at most; the one used longest ago goes first. */
export const MAX_POOLED_ACCOUNTS = 16;

export type WebDavTransportPool = (options: WebDavTransportOptions) => WebDavTransport;

export function createWebDavTransportPool(make: (options: WebDavTransportOptions) => WebDavTransport = createWebDavTransport): WebDavTransportPool {
  const kept = new Map<string, { password: string; transport: WebDavTransport }>();
  return (options) => {
    const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    const key = JSON.stringify([base, options.username]);
    let entry = kept.get(key);
    if (entry?.password !== options.password) entry = { password: options.password, transport: make(options) };
    kept.delete(key);
    kept.set(key, entry);
    while (kept.size > MAX_POOLED_ACCOUNTS) kept.delete(kept.keys().next().value!);
    return entry.transport;
  };
}
