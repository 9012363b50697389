import type { IpcChannel } from '#shared/ipc/contract';
import { putInOrder } from '#shared/outbox/put-in-order';
import type { Failure } from '#shared/outbox/webdav-http';
import type { ProbeResult, PutOptions, PutOutcome } from '#shared/outbox/webdav-transport';
import type { InvokeEvent, IpcEventHandler } from '../ipc';
import type { TargetRegistry } from './target-registry';

/**
 * The sync:* channels: the shell keeps the targets and their passwords, and does the network
 * and file work for the page (no CORS, passwords never in the renderer once given). Requests
 * reach these handlers only after the sender check and zod validation of ipc.ts.
 */

/** The part of Electron's `WebContents` that says when the calling page is gone. */
export interface SenderLifetime {
  once(event: 'destroyed', listener: () => void): unknown;
  removeListener(event: 'destroyed', listener: () => void): unknown;
}

export interface SyncInvokeEvent extends InvokeEvent {
  readonly sender: SenderLifetime;
}

/** What a delivery needs from a target, WebDAV or folder alike. */
export interface TargetTransport {
  probe(folder: string, options: { signal?: AbortSignal }): Promise<ProbeResult>;
  put(path: string, bytes: Uint8Array, contentHash: string, options: PutOptions): Promise<PutOutcome>;
}

export interface SyncServices {
  registry: TargetRegistry;
  /** The OS folder dialog: the absolute path picked, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  webDav(account: { baseUrl: string; username: string; password: string }): TargetTransport;
  folder(folderPath: string): TargetTransport;
}

type SyncChannel = Extract<IpcChannel, `sync:${string}`>;
export type SyncHandlers = { [C in SyncChannel]: IpcEventHandler<C, SyncInvokeEvent> };

/** An unknown target, or a WebDAV one with no password kept: the page asks the user for it. */
const NEEDS_CREDENTIALS: Failure = { kind: 'failed', code: 'syncUnauthorized' };

/**
 * Runs a network call that stops when the calling page goes away (window closed, reloaded
 * renderer process gone): no upload keeps going for an answer nobody will read. Delivery is
 * idempotent, so the item, still 'sending' in the page's outbox, is simply sent again later.
 */
async function whileSenderLives<T>(event: SyncInvokeEvent, work: (signal: AbortSignal) => Promise<T>, gone: T): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(new Error('the page that asked is gone'));
  event.sender.once('destroyed', abort);
  try {
    return await work(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return gone;
    throw error;
  } finally {
    event.sender.removeListener('destroyed', abort);
  }
}

export function createSyncHandlers(services: SyncServices): SyncHandlers {
  const { registry } = services;
  /** Folders the OS dialog returned in this run: the only new ones a target may be aimed at. */
  const chosenFolders = new Set<string>();

  const transportFor = async (targetId: string): Promise<TargetTransport | null> => {
    const target = await registry.reach(targetId);
    if (target === null) return null;
    if (target.kind === 'folder') return services.folder(target.folderPath);
    if (target.password === null) return null;
    return services.webDav({ baseUrl: target.baseUrl, username: target.username, password: target.password });
  };

  return {
    'sync:configureTarget': (connection) => registry.configure(connection, (folderPath) => chosenFolders.has(folderPath)),
    'sync:targetStatus': ({ targetId }) => registry.status(targetId),
    'sync:forgetTarget': ({ targetId }) => registry.forget(targetId),

    'sync:chooseFolder': async () => {
      const folderPath = await services.chooseFolder();
      if (folderPath === null) return 'cancelled';
      chosenFolders.add(folderPath);
      return { folderPath };
    },

    'sync:probe': async ({ targetId, folder }, event) => {
      const transport = await transportFor(targetId);
      if (transport === null) return NEEDS_CREDENTIALS;
      return whileSenderLives(event, (signal) => transport.probe(folder, { signal }), { kind: 'failed', code: 'syncNetwork' });
    },

    'sync:put': async ({ targetId, files }, event) => {
      const transport = await transportFor(targetId);
      if (transport === null) return [NEEDS_CREDENTIALS];
      // The page gone mid-batch reads no answer; its next run finds what got there.
      return whileSenderLives(event, (signal) => putInOrder(transport, files, signal), [{ kind: 'failed', code: 'syncNetwork' }]);
    },
  };
}
