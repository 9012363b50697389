import { AppError } from '#shared/errors/app-error';
import type { FetchLike, Failure } from '#shared/outbox/webdav-http';
import { putInOrder } from '#shared/outbox/put-in-order';
import { createWebDavTransportPool } from '#shared/outbox/transport-pool';
import type { WebDavTransport } from '#shared/outbox/webdav-transport';
import { targetConnectionSchema } from '#shared/sync/sync-target';
import type { SyncPlatform, TargetStatus } from './sync-platform';

/**
 * Sync targets in a plain browser: WebDAV through the page's own fetch, the password in memory
 * for this session only, and no local folders (a page cannot write to one). The server must
 * allow the app's origin through CORS, which most do not by default: the browser then refuses
 * the request, which fetch reports like a dropped network (syncNetwork).
 *
 * There is nothing like a keychain a page can use without storing the password where any
 * script of the origin can read it back, so a reload forgets every password ('none' again).
 */

export interface WebConnection {
  baseUrl: string;
  username: string;
  password: string | null;
}

/** What this page was told in this session; a reload starts empty. */
const sessionConnections = new Map<string, WebConnection>();

export interface WebSyncOptions {
  fetch?: FetchLike;
  /** Defaults to the page's one session map; tests pass their own. */
  connections?: Map<string, WebConnection>;
}

/** An unknown target, or one with no password this session: the page asks the user for it. */
const NEEDS_CREDENTIALS: Failure = { kind: 'failed', code: 'syncUnauthorized' };

const statusOf = (connection: WebConnection | undefined): TargetStatus =>
  connection ? { known: true, credentials: connection.password === null ? 'none' : 'session' } : { known: false, credentials: 'none' };

export function createWebSyncPlatform(options: WebSyncOptions = {}): SyncPlatform {
  const connections = options.connections ?? sessionConnections;
  // Called through globalThis each time: a bare `fetch` reference loses its `this` ("Illegal invocation").
  const fetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  // Kept per account, as in the shell, so a queue sent in a row reuses what the transport learnt of the folders.
  const transports = createWebDavTransportPool();

  const transportFor = (targetId: string): WebDavTransport | null => {
    const connection = connections.get(targetId);
    if (!connection || connection.password === null) return null;
    return transports({ baseUrl: connection.baseUrl, username: connection.username, password: connection.password, fetch });
  };

  return {
    supportsFolderTargets: false,

    async configureTarget(input) {
      const parsed = targetConnectionSchema.safeParse(input);
      if (!parsed.success) {
        throw new AppError('validation', { issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code })) });
      }
      const connection = parsed.data;
      if (connection.kind === 'folder') throw new AppError('validation', { field: 'kind', reason: 'folderTargetsUnsupported' });
      const previous = connections.get(connection.id);
      const sameAccount = previous?.baseUrl === connection.baseUrl && previous.username === connection.username;
      // As in the shell: a password is bound to its URL and user, never handed to another.
      const password = connection.password ?? (sameAccount ? previous.password : null);
      const next = { baseUrl: connection.baseUrl, username: connection.username, password };
      connections.set(connection.id, next);
      return statusOf(next);
    },

    targetStatus: async (targetId) => statusOf(connections.get(targetId)),

    async forgetTarget(targetId) {
      connections.delete(targetId);
    },

    chooseFolder: async () => null,

    async probe(targetId, folder) {
      const transport = transportFor(targetId);
      return transport ? transport.probe(folder) : NEEDS_CREDENTIALS;
    },

    async put({ targetId, files, signal }) {
      const transport = transportFor(targetId);
      return transport ? putInOrder(transport, files, signal) : [NEEDS_CREDENTIALS];
    },
  };
}
