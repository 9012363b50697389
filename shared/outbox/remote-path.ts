import { AppError } from '../errors/app-error';

/**
 * Remote paths of the outbox: a folder ("Delegation Desk/ReBuild Ukraine 2023") and a file name,
 * both as the user reads them. They are kept decoded and percent-encoded only when a URL is
 * built, one segment at a time, so Cyrillic names and spaces reach the server as written.
 */

/** Splits a folder or path into its segments; empty segments (doubled or edge slashes) drop out. */
export function pathSegments(path: string): string[] {
  const segments = path.split('/').filter((segment) => segment !== '');
  for (const segment of segments) assertSegment(segment);
  return segments;
}

/** A file or folder name that is safe in a URL path: no '.' or '..', no backslash, no control characters. */
export function assertSegment(segment: string): void {
  // eslint-disable-next-line no-control-regex
  if (segment === '.' || segment === '..' || segment.includes('\\') || /[\u0000-\u001f\u007f]/.test(segment)) {
    throw new AppError('validation', { field: 'remotePath', segment });
  }
}

/** Folder and file name joined with single slashes, e.g. 'Звіти/2023/Звіт.docx'. */
export function joinRemotePath(folder: string, fileName: string): string {
  const name = pathSegments(fileName);
  if (name.length !== 1) throw new AppError('validation', { field: 'fileName', fileName });
  return [...pathSegments(folder), ...name].join('/');
}

/** The path percent-encoded segment by segment (UTF-8), without a leading slash. */
export function encodeRemotePath(path: string): string {
  return pathSegments(path).map(encodeURIComponent).join('/');
}

/** The folders a path lies in, outermost first: 'a/b/c.txt' → ['a', 'a/b']. */
export function parentFolders(path: string): string[] {
  const segments = pathSegments(path);
  return segments.slice(0, -1).map((_, index) => segments.slice(0, index + 1).join('/'));
}

/**
 * The n-th name for a file whose first choice is taken: 'Звіт.docx' → 'Звіт (2).docx' for n = 2.
 * The extension is what follows the last dot, unless the name starts with its only dot
 * ('.env' → '.env (2)'). n = 1 is the name itself. Deterministic, so re-sending keeps the name.
 */
export function numberedFileName(fileName: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`numberedFileName: n must be a positive integer, not ${n}`);
  if (n === 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : '';
  return `${stem} (${n})${extension}`;
}
