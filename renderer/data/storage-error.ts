import { Dexie } from 'dexie';
import { AppError, BugError } from '#shared/errors/app-error';

/** Error names down the chain of causes, including each failure inside a Dexie BulkError. */
function namesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const names = typeof name === 'string' ? [name] : [];
  names.push(...namesOf(inner, depth + 1));
  const failed = Array.isArray(failures) ? failures : failures && typeof failures === 'object' ? Object.values(failures) : [];
  for (const failure of failed.slice(0, 5)) names.push(...namesOf(failure, depth + 1));
  return names;
}

/**
 * Turns what IndexedDB throws into an AppError the UI can explain. A full disk becomes
 * `storageQuota`; Dexie reports the transaction as aborted, so nothing was half-written.
 */
export function toStorageError(error: unknown): AppError | BugError {
  if (error instanceof AppError || error instanceof BugError) return error;
  const names = namesOf(error);
  if (names.includes(Dexie.errnames.QuotaExceeded) || names.includes('QuotaExceededError')) {
    return new AppError('storageQuota', undefined, { cause: error });
  }
  if (names.includes(Dexie.errnames.MissingAPI) || names.includes(Dexie.errnames.InvalidState)) {
    return new AppError('storageUnavailable', undefined, { cause: error });
  }
  return new AppError('storageFailure', { name: names[0] ?? 'unknown' }, { cause: error });
}

export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
