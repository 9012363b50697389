import { isStrictPrefix, sha256Hex } from './content-hash';
import { PROPFIND_BODY } from './folder-listing';
import { createListingCache } from './listing-cache';
import { encodeRemotePath, parentFolders } from './remote-path';
import type { PutRequest } from './put-in-order';
import { createHttpClient, failureForStatus, type Failure, type FetchLike, type HttpClient } from './webdav-http';

/**
 * Delivers files to a WebDAV server (Nextcloud, ownCloud, Apache mod_dav, rclone) without ever
 * overwriting or deleting anything there:
 *
 * 1. HEAD the path (and GET it when something is there) — servers such as rclone ignore
 *    `If-None-Match`, so the transport looks before it writes. The same bytes → 'alreadyThere';
 *    other bytes → 'conflict'; a shorter copy of our own bytes, left by an upload that was cut,
 *    is replaced only when the caller says such an upload happened (`replacePartial`).
 *    In a batch (puts to one folder in quick succession, as a queue is sent), one PROPFIND of
 *    the folder stands in for the HEADs of names it shows to be free (listing-cache.ts).
 * 2. PUT with `If-None-Match: *` (or `If-Match` on the partial copy being replaced), so servers
 *    that honour preconditions refuse to overwrite a file that appeared in the meantime.
 * 3. 412, or 405 from servers that answer a refused write so, → look at the path again.
 *    404 / 409 (a folder on the way is missing) → MKCOL each folder level, then PUT again.
 *
 * The transport never sends DELETE (nor MOVE, COPY or PROPPATCH).
 */

export type PutOutcome = { kind: 'delivered' } | { kind: 'alreadyThere' } | { kind: 'conflict' } | Failure;

export interface PutOptions {
  /** The item's earlier upload may have been cut off, so a shorter copy of these bytes is ours to replace. */
  replacePartial?: boolean;
  mimeType?: string;
  signal?: AbortSignal;
}

/** What the outbox needs from any target (WebDAV now; a local folder later). */
export interface OutboxTransport {
  put(path: string, bytes: Uint8Array, contentHash: string, options?: PutOptions): Promise<PutOutcome>;
  /**
   * Optional: several files in one call, by putInOrder's rules (in order; stops after the first
   * failure). The shell's transport crosses to main once per batch instead of once per file.
   */
  putMany?(files: readonly PutRequest[], options?: { signal?: AbortSignal }): Promise<PutOutcome[]>;
}

export type ProbeResult = { ok: true } | Failure;

export interface WebDavTransport extends OutboxTransport {
  /** A cheap check that the server answers and takes the credentials: PROPFIND, depth 0, on a folder ('' = the base). */
  probe(folder?: string, options?: { signal?: AbortSignal }): Promise<ProbeResult>;
}

export interface WebDavTransportOptions {
  /** The WebDAV root the remote paths are relative to, e.g. 'https://cloud.example/remote.php/dav/files/olena/'. */
  baseUrl: string;
  username: string;
  password: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  minBytesPerSecond?: number;
}

type Found =
  | { kind: 'absent' }
  | { kind: 'same' }
  | { kind: 'different' }
  | { kind: 'partial'; etag: string | null };

/** Looks at the path again at most this often per put (a server changing under us, or refusing for no reason). */
const MAX_ROUNDS = 3;

export function createWebDavTransport(options: WebDavTransportOptions): WebDavTransport {
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const http = createHttpClient(options);
  const fileUrl = (path: string) => base + encodeRemotePath(path);
  const folderUrl = (path: string) => (encodeRemotePath(path) === '' ? base : `${fileUrl(path)}/`);
  const listings = createListingCache(http, folderUrl);

  return {
    async probe(folder = '', probeOptions = {}) {
      const answer = await http({
        method: 'PROPFIND',
        url: folderUrl(folder),
        headers: { Depth: '0', 'Content-Type': 'application/xml; charset=utf-8' },
        body: PROPFIND_BODY,
        signal: probeOptions.signal,
      });
      if (answer.kind === 'failed') return answer;
      return answer.status === 207 || answer.status === 200 ? { ok: true } : failureForStatus(answer.status);
    },

    async put(path, bytes, contentHash, putOptions = {}) {
      const { signal } = putOptions;
      const claim = await listings.claim(path, signal);
      try {
        return await send(path, bytes, contentHash, putOptions, claim.listedFree);
      } finally {
        claim.release();
      }
    },
  };

  async function send(path: string, bytes: Uint8Array, contentHash: string, putOptions: PutOptions, listedFree: boolean): Promise<PutOutcome> {
    const { signal } = putOptions;
    let foldersMade = false;
    let lastStatus = 0;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      // Only the first round may trust the listing: after a refusal or a new folder, look again.
      const found = round === 0 && listedFree ? ({ kind: 'absent' } as const) : await inspect(http, fileUrl(path), bytes, contentHash, signal);
      if (found.kind === 'failed') return found;
      if (found.kind === 'same') return { kind: 'alreadyThere' };
      if (found.kind === 'different' || (found.kind === 'partial' && !putOptions.replacePartial)) return { kind: 'conflict' };
      // Refused, and still nothing there: the server failed to write (rclone says 405 for a full disk).
      if (found.kind === 'absent' && (lastStatus === 405 || lastStatus === 412)) return failureForStatus(lastStatus);

      const precondition: Record<string, string> =
        found.kind === 'absent' ? { 'If-None-Match': '*' } : found.etag ? { 'If-Match': found.etag } : {};
      const answer = await http({
        method: 'PUT',
        url: fileUrl(path),
        headers: { 'Content-Type': putOptions.mimeType || 'application/octet-stream', ...precondition },
        body: bytes,
        size: bytes.length,
        signal,
      });
      if (answer.kind === 'failed') return answer;
      lastStatus = answer.status;
      if (lastStatus >= 200 && lastStatus < 300) return { kind: 'delivered' };
      if ((lastStatus === 404 || lastStatus === 409) && !foldersMade) {
        foldersMade = true;
        const failure = await makeFolders(http, folderUrl, path, signal);
        if (failure) return failure;
        continue;
      }
      // Refused: something may have appeared at the path (412), or the server does not say (405).
      if (lastStatus === 412 || lastStatus === 405) continue;
      return failureForStatus(lastStatus);
    }
    return failureForStatus(lastStatus);
  }
}

/** What is at the path now, compared with the bytes to send. */
async function inspect(http: HttpClient, url: string, bytes: Uint8Array, contentHash: string, signal?: AbortSignal): Promise<Found | Failure> {
  const head = await http({ method: 'HEAD', url, signal });
  if (head.kind === 'failed') return head;
  if (head.status === 404 || head.status === 410) return { kind: 'absent' };
  if (head.status < 200 || head.status >= 300) return failureForStatus(head.status);
  const length = Number(head.headers.get('Content-Length') ?? Number.NaN);
  // Larger than ours: not ours, and no need to download it to know.
  if (Number.isFinite(length) && length > bytes.length) return { kind: 'different' };

  const get = await http({ method: 'GET', url, size: Number.isFinite(length) ? length : bytes.length, signal });
  if (get.kind === 'failed') return get;
  if (get.status === 404 || get.status === 410) return { kind: 'absent' };
  if (get.status !== 200) return failureForStatus(get.status);
  if (get.body.length === bytes.length && (await sha256Hex(get.body)) === contentHash) return { kind: 'same' };
  if (isStrictPrefix(get.body, bytes)) return { kind: 'partial', etag: strongEtag(get.headers.get('ETag') ?? head.headers.get('ETag')) };
  return { kind: 'different' };
}

/** If-Match compares strongly (RFC 9110 §13.1.1): a weak validator can never match, so none is sent. */
function strongEtag(etag: string | null): string | null {
  return etag && !etag.startsWith('W/') ? etag : null;
}

/**
 * Creates every folder on the way to the path, outermost first. 201 is a new folder; 405 is
 * one that already exists (RFC 4918 §9.3.1). Returns the failure, or null when all are there.
 */
async function makeFolders(http: HttpClient, folderUrl: (path: string) => string, path: string, signal?: AbortSignal): Promise<Failure | null> {
  for (const folder of parentFolders(path)) {
    const answer = await http({ method: 'MKCOL', url: folderUrl(folder), signal });
    if (answer.kind === 'failed') return answer;
    if (answer.status === 201 || answer.status === 405 || (answer.status >= 200 && answer.status < 300)) continue;
    return failureForStatus(answer.status);
  }
  return null;
}
