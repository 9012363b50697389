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
