import { nameKey, parseFolderListing, PROPFIND_BODY } from './folder-listing';
import { pathSegments } from './remote-path';
import type { HttpClient } from './webdav-http';

/**
 * One PROPFIND of a folder in place of a HEAD per file, while a queue is sent into it.
 *
 * The transport looks before it writes (rclone ignores `If-None-Match`), which costs a HEAD per
 * file: twice the requests of the PUTs themselves. When puts to one folder follow each other
 * closely (a batch), the folder is listed (Depth: 1) at most once per LISTING_MAX_AGE_MS, and
 * a name the fresh listing does not show is written with `If-None-Match: *` without a HEAD.
 * Every other case looks at the path as before: a name the listing shows, a lone put, a stale
 * or unreadable listing, a failed one.
 *
 * Why a listing is as safe as the HEAD it replaces. Neither is atomic with the PUT: a file
 * someone else writes after the look and before our PUT lands is caught only by the server.
 * Servers that honour `If-None-Match: *` (Apache, Nextcloud, ownCloud) refuse the PUT with 412
 * either way, and the transport looks again (HEAD/GET) before deciding. rclone ignores the
 * precondition, so there the window is what counts: with a HEAD it runs from the HEAD to the
 * end of the upload (a round trip plus the upload: seconds for a DOCX on a venue's Wi-Fi);
 * with a listing, from the listing to the end of the upload, at most LISTING_MAX_AGE_MS more.
 * Someone would have to write a file of the same deterministic name (export names carry a code
 * of the record, kind and language) into the same folder within that second. (A server that
 * cut long listings short would miss names the same way; it too would have to ignore the
 * precondition for that to matter, and rclone lists folders whole.)
 *
 * Our own writes never hide behind a listing: a name is trusted once — claiming it marks it
 * taken in the listing, in the same synchronous step — and a listing also counts as taken every
 * name this transport was writing while it was made. So a second item of the same name, an
 * item sent again after a cut upload, or a concurrent put of the same path, looks with HEAD/GET.
 */

/** How long a folder's listing may answer "is this name free?" in place of a HEAD. */
export const LISTING_MAX_AGE_MS = 1_000;
/** A put within this time of the last put to the same folder is part of a batch, worth a listing. */
export const BATCH_GAP_MS = 1_000;

interface Listing {
  /** When the PROPFIND was sent: the folder is known as it was at some moment after this. */
  at: number;
  /** Names there (nameKey), and those claimed since; null: no usable listing until it is stale. */
  taken: Set<string> | null;
}

interface FolderState {
  lastPutAt: number;
  listing: Listing | null;
  /** Names being written now, with how many puts write each. */
  writing: Map<string, number>;
  /** For each listing under way: the names written at any time while it was. */
  listingsUnderway: Set<Set<string>>;
}

export interface Claim {
  /** A fresh listing of the folder did not show the name, and no put of ours has claimed it since. */
  listedFree: boolean;
  /** The put is over (whatever its outcome). */
  release(): void;
}

export interface ListingCache {
  /** Decides whether the path may be written without a HEAD, and notes the put as under way. */
  claim(path: string, signal?: AbortSignal): Promise<Claim>;
}

export function createListingCache(http: HttpClient, folderUrl: (folder: string) => string): ListingCache {
  const folders = new Map<string, FolderState>();

  async function list(state: FolderState, folder: string, signal?: AbortSignal): Promise<Listing> {
    const at = Date.now();
    const writtenMeanwhile = new Set(state.writing.keys());
    state.listingsUnderway.add(writtenMeanwhile);
    try {
      const answer = await http({
        method: 'PROPFIND',
        url: folderUrl(folder),
        headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
        body: PROPFIND_BODY,
        signal,
      });
      if (answer.kind === 'failed' || (answer.status !== 207 && answer.status !== 404)) return { at, taken: null };
      // A missing folder has nothing in it; the PUT's 409 then creates it.
      const taken = answer.status === 404 ? new Set<string>() : parseFolderListing(new TextDecoder().decode(answer.body));
      if (taken) for (const key of writtenMeanwhile) taken.add(key);
      return { at, taken };
    } finally {
      state.listingsUnderway.delete(writtenMeanwhile);
    }
  }

  return {
    async claim(path, signal) {
      const segments = pathSegments(path);
      const folder = segments.slice(0, -1).join('/');
      const key = nameKey(segments.at(-1) ?? '');
      let state = folders.get(folder);
      if (!state) {
        state = { lastPutAt: Number.NEGATIVE_INFINITY, listing: null, writing: new Map(), listingsUnderway: new Set() };
        folders.set(folder, state);
      }
      const now = Date.now();
      const batch = now - state.lastPutAt <= BATCH_GAP_MS;
      state.lastPutAt = now;
      // A lone put (one export sent on its own) looks with a HEAD: cheaper than listing the folder.
      // A stale listing is dropped, so a big folder's names are not kept for nothing.
      if (!state.listing || now - state.listing.at > LISTING_MAX_AGE_MS) state.listing = batch ? await list(state, folder, signal) : null;

      // From here to the return, synchronous: no other put can claim the name in between.
      const listing = state.listing;
      const fresh = listing?.taken && Date.now() - listing.at <= LISTING_MAX_AGE_MS ? listing.taken : null;
      const listedFree = fresh !== null && !fresh.has(key);
      listing?.taken?.add(key);
      state.writing.set(key, (state.writing.get(key) ?? 0) + 1);
      for (const names of state.listingsUnderway) names.add(key);

      const writing = state.writing;
      let released = false;
      return {
        listedFree,
        release() {
          if (released) return;
          released = true;
          const count = writing.get(key) ?? 0;
          if (count <= 1) writing.delete(key);
          else writing.set(key, count - 1);
        },
      };
    },
  };
}
