import { AppError } from '#shared/errors/app-error';
import type { IpcHandler } from '../ipc';
import { toAllowedExternalUrl } from '../trusted-url';

/** The part of Electron's `shell` this handler uses. */
export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
}

/**
 * Opens a web or mail link in the OS. A link that may not leave the app (file:, custom
 * protocols, credentials in the host) is a `validation` error: it usually comes from a
 * typo in a record's website or e-mail field, which the user can fix.
 */
export function createOpenExternalHandler(shell: ExternalOpener): IpcHandler<'app:openExternal'> {
  return async (url) => {
    const allowed = toAllowedExternalUrl(url);
    if (allowed === null) throw new AppError('validation', { field: 'url', reason: 'externalUrlNotAllowed' });
    await shell.openExternal(allowed);
  };
}
