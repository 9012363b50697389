import { AppError, type Result } from '#shared/errors/app-error';
import type { Bridge } from '#shared/ipc/contract';
import type { SyncPlatform } from './sync-platform';

/**
 * Sync targets in the desktop app: every call goes to the shell's main process, which keeps the
 * targets and passwords (OS keychain) and does the network and file work. A refused call (a
 * folder not picked in the dialog, a full disk for the registry) comes back as an AppError the
 * page translates; delivery outcomes, failures included, come back as data.
 */

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.details);
  return result.value;
}

/**
 * The call's answer, or the signal's reason as soon as it fires. An AbortSignal cannot cross
 * IPC, so main finishes the request on its own; the outbox then finds the file already there
 * (or not) on the next run, which is what a stopped delivery does anyway.
 */
function untilAborted<T>(call: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return call;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    call.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** Structured clone sends a view's whole buffer: send just the file's bytes (copied only when needed). */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return new Uint8Array(buffer);
  return new Uint8Array(bytes);
}

export function createElectronSyncPlatform(bridge: Bridge): SyncPlatform {
  return {
    supportsFolderTargets: true,
    configureTarget: async (connection) => valueOf(await bridge.configureSyncTarget(connection)),
    targetStatus: async (targetId) => valueOf(await bridge.syncTargetStatus({ targetId })),
    async forgetTarget(targetId) {
      valueOf(await bridge.forgetSyncTarget({ targetId }));
    },
    async chooseFolder() {
      const answer = valueOf(await bridge.chooseSyncFolder());
      return answer === 'cancelled' ? null : answer.folderPath;
    },
    probe: async (targetId, folder) => valueOf(await bridge.probeSyncTarget({ targetId, folder })),
    async put({ signal, targetId, files }) {
      signal?.throwIfAborted();
      const call = bridge.putSyncFiles({ targetId, files: files.map((file) => ({ ...file, bytes: ownBytes(file.bytes) })) });
      return valueOf(await untilAborted(call, signal));
    },
  };
}
