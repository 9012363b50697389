import type { TFunction } from 'i18next';
import { isAppError } from '#shared/errors/app-error';

/**
 * The translated message for a failure while reading, writing or applying a file. Details go in
 * as variables ("data version 7; this app reads up to 6"). Anything that is not an AppError is a
 * bug: it is logged and shown as the generic message.
 */
export function errorText(error: unknown, t: TFunction<'backup'>): string {
  if (!isAppError(error)) {
    console.error(error);
    return t('unexpected', { ns: 'errors' });
  }
  return t(error.code, { ns: 'errors', ...(error.details ?? {}) });
}

/** Whether the passphrase was the problem, so the message belongs under the passphrase field. */
export function isPassphraseError(error: unknown): boolean {
  return isAppError(error) && (error.code === 'backupWrongPassphrase' || error.code === 'backupNeedsPassphrase');
}
