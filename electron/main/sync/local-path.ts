import path from 'node:path';
import { AppError } from '#shared/errors/app-error';
import { pathSegments } from '#shared/outbox/remote-path';

/**
 * Where a remote path of the outbox ('Delegation Desk/Звіт.docx') lands inside a local sync
 * folder. The renderer is not trusted, so on top of the WebDAV rules (no '.', '..', backslash or
 * control characters, NUL included) a segment must be a name Windows can hold too: the folder is
 * often synced by OneDrive or Dropbox to Windows machines, and there 'a:b' writes an alternate
 * data stream, 'NUL' is a device and 'report.' is the same file as 'report'.
 *
 * As in the WebDAV transport, the path is relative to the target's root whatever slashes it
 * starts with: '/etc/passwd' is '<root>/etc/passwd', never the system file.
 */

// eslint-disable-next-line no-control-regex
const WINDOWS_FORBIDDEN = /[<>:"|?*\u0000-\u001f]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

export interface LocalPath {
  /** The absolute path of the file (or folder) under the root. */
  full: string;
  /** The folders on the way, absolute and outermost first, not including the root itself. */
  folders: string[];
}

function assertPortableSegment(segment: string): void {
  if (WINDOWS_FORBIDDEN.test(segment) || WINDOWS_DEVICE.test(segment) || /[. ]$/.test(segment)) {
    throw new AppError('validation', { field: 'remotePath', segment });
  }
}

/** Resolves `remotePath` under `root`; throws `validation` for any segment that could leave it or alias another file. */
export function localPathUnder(root: string, remotePath: string): LocalPath {
  const segments = pathSegments(remotePath);
  for (const segment of segments) assertPortableSegment(segment);
  const base = path.resolve(root);
  const full = path.resolve(base, ...segments);
  // Belt and braces: the segment rules already make escaping impossible.
  const relative = path.relative(base, full);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) throw new AppError('validation', { field: 'remotePath' });
  const folders = segments.slice(0, -1).map((_, index) => path.join(base, ...segments.slice(0, index + 1)));
  return { full, folders };
}
