/**
 * Stable error codes a user can meet. The renderer maps each to a translated message
 * (`errors.<code>`); across IPC they travel as data, never as thrown messages.
 */
export const ERROR_CODES = [
  'validation',
  'notFound',
  'storageQuota',
  'storageUnavailable',
  'storageFailure',
  'ipcForbidden',
  'ipcBadRequest',
  /** The OS refused to write a file where the user chose to save it (read-only folder, full disk). */
  'fileSaveFailed',
  /** An agreement cannot move from its status to the one asked for (e.g. from 'draft' straight to 'signed'). */
  'statusTransition',
  /** The shell could not lay the page out as a PDF (printToPDF failed or gave no bytes). */
  'pdfFailed',
  // Delivering an outbox item to a sync target (shared/outbox): each has its own retry rule.
  /** The target could not be reached (no network, connection dropped); retried with backoff. */
  'syncNetwork',
  /** The target did not answer in time; retried with backoff. */
  'syncTimeout',
  /** The target answered with a server error (5xx, or a failed write it did not explain); retried with backoff. */
  'syncServer',
  /** The file on the target is locked by someone else (423); retried with backoff. */
  'syncLocked',
  /** Wrong user name or app password (401); waits until the target's settings change. */
  'syncUnauthorized',
  /** The account may not write there (403); waits until the target's settings change. */
  'syncForbidden',
  /** The remote folder is missing and could not be created; retried. */
  'syncMissingFolder',
  /** The target's storage is full (507); retried only now and then, or when the user asks. */
  'syncQuota',
  /** The target refuses a file this large (413); retried when the user asks. */
  'syncTooLarge',
  /** The target refused the request for another reason (other 4xx); retried when the user asks. */
  'syncRejected',
  /** A different file already has that name on the target; sent only under a new name the user approves. */
  'syncConflict',
  // Import, backup and bundles (issue 7).
  'importEmpty',
  'importBinary',
  'importTooLarge',
  'importTooManyRows',
  'importEncoding',
  'importUnreadable',
  'importNothing',
  'importAlreadyUndone',
  'backupNotABackup',
  'backupCorrupt',
  'backupWrongPassphrase',
  'backupNeedsPassphrase',
  'backupNewerSchema',
  'workspaceNotEmpty',
  'unexpected',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorData {
  code: ErrorCode;
  details?: Record<string, unknown>;
}

/** A failure the user can cause or fix: bad input, a full disk, a missing record. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): ErrorData {
    return this.details ? { code: this.code, details: this.details } : { code: this.code };
  }
}

/** A broken invariant: a bug in our code, never the user's doing. */
export class BugError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BugError';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function toErrorData(error: unknown): ErrorData {
  return isAppError(error) ? error.toData() : { code: 'unexpected' };
}
