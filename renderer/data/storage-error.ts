import { Dexie } from 'dexie';
import { AppError, BugError } from '#shared/errors/app-error';

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && names.length < 5) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
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
