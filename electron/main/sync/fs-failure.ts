import type { Failure } from '#shared/outbox/webdav-http';
import type { SyncFailureCode } from '#shared/outbox/retry-policy';

/**
 * What a file-system error means for a delivery to a local folder, in the codes (and so the
 * retry rules and messages) of a WebDAV delivery. Network shares and removable drives fail with
 * the same errors as any disk, so "gone for now" errors are retried like a dropped network.
 */
const CODES: Readonly<Record<string, SyncFailureCode>> = {
  ENOSPC: 'syncQuota',
  EDQUOT: 'syncQuota',
  EACCES: 'syncForbidden',
  EPERM: 'syncForbidden',
  EROFS: 'syncForbidden',
  // The folder (or one on the way) is gone, or a file stands where a folder should be.
  ENOENT: 'syncMissingFolder',
  ENOTDIR: 'syncMissingFolder',
  EBUSY: 'syncLocked',
  ETXTBSY: 'syncLocked',
  EFBIG: 'syncTooLarge',
  EIO: 'syncNetwork',
  ETIMEDOUT: 'syncNetwork',
  ENOTCONN: 'syncNetwork',
  ECONNRESET: 'syncNetwork',
  EHOSTDOWN: 'syncNetwork',
  EHOSTUNREACH: 'syncNetwork',
  ENETUNREACH: 'syncNetwork',
  ESTALE: 'syncNetwork',
  ENXIO: 'syncNetwork',
  EMFILE: 'syncServer',
  ENFILE: 'syncServer',
  EAGAIN: 'syncServer',
};

export function errnoOf(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The failure for an error of node:fs. Any other errno (ENAMETOOLONG, EINVAL…) is a refusal
 * that retrying will not fix. An error with no errno at all is a bug and is thrown again.
 */
export function failureForFsError(error: unknown): Failure {
  const code = errnoOf(error);
  if (code === null) throw error;
  return { kind: 'failed', code: CODES[code] ?? 'syncRejected' };
}
