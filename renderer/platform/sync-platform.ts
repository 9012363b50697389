import type { Failure } from '#shared/outbox/webdav-http';
import type { PutRequest } from '#shared/outbox/put-in-order';
import type { PutOutcome, ProbeResult } from '#shared/outbox/webdav-transport';
import type { TargetStatus } from '#shared/ipc/contract';
import type { TargetConnection } from '#shared/sync/sync-target';

/**
 * How the renderer reaches sync targets. In Electron every call goes to the main process
 * (network and files there, no CORS, passwords in the OS keychain); in a browser WebDAV goes
 * through fetch with the password kept in memory for the session, and folder targets do not exist.
 */
export interface SyncPlatform {
  /** Whether local-folder targets can be configured (Electron only). */
  readonly supportsFolderTargets: boolean;
  /** Tells the delivering side about a target; `credentials` says where its password is now kept. */
  configureTarget(connection: TargetConnection): Promise<TargetStatus>;
  targetStatus(targetId: string): Promise<TargetStatus>;
  forgetTarget(targetId: string): Promise<void>;
  /** The OS folder dialog; null when cancelled or unsupported. */
  chooseFolder(): Promise<string | null>;
  probe(targetId: string, folder: string): Promise<ProbeResult>;
  /**
   * Sends the files in order (shared/outbox/put-in-order.ts): one outcome per file tried, up to
   * and including the first failure. One call to main for the batch in the shell.
   */
  put(request: SyncPutRequest): Promise<PutOutcome[]>;
}

export interface SyncPutRequest {
  targetId: string;
  files: readonly PutRequest[];
  signal?: AbortSignal;
}

export type { Failure, PutOutcome, ProbeResult, TargetStatus };
