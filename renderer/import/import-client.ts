import { AppError } from '#shared/errors/app-error';
import type { ImportDecisions } from '#shared/import/import-plan';
import { PreviewAssembly } from './preview-parts';
import type { FromImportWorker, ImportClient, ImportPreview, ImportRequest, ImportRequestBody, ImportResult, OpenImportOptions } from './import-protocol';

/**
 * The page's side of the import worker: each call posts a request with its own id and settles
 * when the answer with that id comes back; a failure comes back as error data and is thrown
 * again here as the same AppError, so the page shows the same translated message it would for
 * one thrown on the page.
 */

/** The worker as the client uses it; a real Worker or a test double. */
export interface ImportWorkerPort {
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromImportWorker>) => void) | null;
  /** The worker failed to start or died (its script failed, it ran out of memory). */
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The worker's name is the database it opens (see import.worker.ts). */
const startWorker = (databaseName: string): ImportWorkerPort =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: databaseName });

/**
 * The bytes' buffer, to transfer rather than copy; a view on part of a larger buffer is copied
 * first, so the caller's other data is not taken from it.
 */
function transferable(bytes: Uint8Array): { bytes: Uint8Array; transfer: Transferable[] } {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const own = whole ? bytes : bytes.slice();
  return { bytes: own, transfer: [own.buffer as ArrayBuffer] };
}

/**
 * The worker starts on the first `open`: most sessions of the app never import anything, and
 * the worker's bundle (the vCard and CSV readers) is only fetched then. `dispose` stops it and
 * fails what is pending; a later call starts a new one (so React's double mounting in
 * development, which disposes once in between, leaves a working client).
 */
export function createImportClient(databaseName: string, start: (databaseName: string) => ImportWorkerPort = startWorker): ImportClient {
  const pending = new Map<number, Pending>();
  let worker: ImportWorkerPort | null = null;
  let nextRequestId = 1;
  let nextSessionNumber = 1;

  const assembly = new PreviewAssembly();

  const receive = ({ data: message }: MessageEvent<FromImportWorker>) => {
    const data = assembly.receive(message);
    if (!data) return;
    const request = pending.get(data.id);
    if (!request) return;
    pending.delete(data.id);
    if (data.ok) request.resolve(data.value);
    else request.reject(new AppError(data.error.code, data.error.details));
  };

  const stop = () => {
    worker?.terminate();
    if (worker) {
      worker.onmessage = null;
      worker.onerror = null;
    }
    worker = null;
  };

  const failAll = (error: Error) => {
    assembly.clear();
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  const running = (): ImportWorkerPort => {
    if (!worker) {
      worker = start(databaseName);
      worker.onmessage = receive;
      // No answer will come: say so now, and start afresh on the next call. Its sessions are gone.
      worker.onerror = (event) => {
        console.error('import worker failed:', event);
        stop();
        failAll(new AppError('unexpected'));
      };
    }
    return worker;
  };

  function send<T>(body: ImportRequestBody, transfer: Transferable[] = []): Promise<T> {
    const id = nextRequestId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      running().postMessage({ ...body, id } as ImportRequest, transfer);
    });
  }

  return {
    open(fileName: string, bytes: Uint8Array, options: OpenImportOptions = {}) {
      const sessionId = `import-${Date.now().toString(36)}-${nextSessionNumber++}`;
      const sent = transferable(bytes);
      return send<ImportPreview>({ kind: 'open', sessionId, fileName, bytes: sent.bytes, options }, sent.transfer);
    },
    reopen(sessionId: string, options: OpenImportOptions) {
      return send<ImportPreview>({ kind: 'reopen', sessionId, options });
    },
    apply(sessionId: string, decisions: ImportDecisions) {
      return send<ImportResult>({ kind: 'apply', sessionId, decisions });
    },
    close(sessionId: string) {
      // Nothing to wait for: a session the worker no longer has is already closed.
      if (worker) send<null>({ kind: 'close', sessionId }).catch(() => undefined);
    },
    dispose() {
      stop();
      failAll(new Error('import client disposed'));
    },
  };
}
