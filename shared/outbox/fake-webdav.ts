import { basicAuthorization, type FetchLike } from './webdav-http';

/**
 * An in-memory WebDAV server behind a `fetch` function, for the outbox's unit tests (the
 * integration tests in test/webdav use real servers). It can behave like Apache mod_dav
 * (honours If-None-Match / If-Match, 409 for a missing parent) or like rclone (ignores
 * preconditions, keeps a partial file when an upload is cut), and fail on demand.
 */
export type Fault =
  /** The connection drops before the server sees the request. */
  | { kind: 'dropBefore' }
  /** The server does the work, then the connection drops before the answer arrives. */
  | { kind: 'dropAfter' }
  /** The upload is cut after this many bytes (a PUT only). */
  | { kind: 'cut'; after: number }
  /** The server answers this status and does nothing. */
  | { kind: 'status'; status: number }
  /** The request never finishes, until the caller gives up. */
  | { kind: 'hang' };

export interface FakeRequest {
  method: string;
  path: string;
  headers: Headers;
}

export interface FakeWebDavOptions {
  baseUrl?: string;
  username?: string;
  password?: string;
  /** Apache, Nextcloud: true. rclone: false. */
  honoursPreconditions?: boolean;
  /** rclone: true (a cut upload leaves the bytes it got). Apache writes to a temp file: false. */
  keepsPartialUploads?: boolean;
  /** Called for each request; a fault it returns replaces the normal handling. */
  fault?: (request: FakeRequest, index: number) => Fault | undefined;
}

export interface FakeWebDav {
  baseUrl: string;
  fetch: FetchLike;
  /** Decoded path → bytes. Tests may put files here to play another user. */
  files: Map<string, Uint8Array>;
  folders: Set<string>;
  requests: FakeRequest[];
}

export function createFakeWebDav(options: FakeWebDavOptions = {}): FakeWebDav {
  const baseUrl = options.baseUrl ?? 'https://dav.test/remote.php/dav/files/u/';
  const expectedAuth = basicAuthorization(options.username ?? 'u', options.password ?? 'p');
  const honours = options.honoursPreconditions ?? true;
  const files = new Map<string, Uint8Array>();
  const folders = new Set<string>(['']);
  const requests: FakeRequest[] = [];

  const parentOf = (path: string) => path.split('/').slice(0, -1).join('/');
  const childrenOf = (folder: string) =>
    [...folders, ...files.keys()].filter((path) => path !== '' && path !== folder && parentOf(path) === folder).map((path) => ({ path, folder: folders.has(path) }));
  /** Hrefs as rclone writes them: absolute paths under the base URL's, percent-encoded per segment, '&' as '&amp;'. */
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  const href = (path: string, folder: boolean) =>
    `${basePath}/${path.split('/').filter(Boolean).map((segment) => encodeURIComponent(segment).replace(/%26/g, '&')).join('/')}${folder && path !== '' ? '/' : ''}`.replace(/&/g, '&amp;');
  const multistatus = (folder: string, children: { path: string; folder: boolean }[]) =>
    '<?xml version="1.0" encoding="UTF-8"?><D:multistatus xmlns:D="DAV:">' +
    [{ path: folder, folder: true }, ...children]
      .map((entry) => `<D:response><D:href>${href(entry.path, entry.folder)}</D:href><D:propstat><D:prop><D:resourcetype>${entry.folder ? '<D:collection/>' : ''}</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`)
      .join('') +
    '</D:multistatus>';
  /** A strong validator from the content (FNV-1a), so files the test puts in have one too. */
  const etagOf = (path: string) => {
    let hash = 0x811c9dc5;
    for (const byte of files.get(path) ?? []) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    return `"${files.get(path)?.length ?? 0}-${hash.toString(16)}"`;
  };
  const write = (path: string, bytes: Uint8Array) => files.set(path, bytes);
  const answer = (status: number, headers: Record<string, string> = {}, body?: Uint8Array) =>
    new Response(body && body.length > 0 ? new Uint8Array(body) : null, { status, headers });

  const handle = async (request: FakeRequest, body: Uint8Array): Promise<Response> => {
    const { method, path, headers } = request;
    if (headers.get('Authorization') !== expectedAuth) return answer(401, { 'WWW-Authenticate': 'Basic realm="dav"' });
    switch (method) {
      case 'PROPFIND':
        if (!folders.has(path)) return answer(404);
        return answer(207, { 'Content-Type': 'application/xml; charset=utf-8' }, utf8(multistatus(path, headers.get('Depth') === '0' ? [] : childrenOf(path))));
      case 'HEAD':
      case 'GET': {
        const bytes = files.get(path);
        if (!bytes) return answer(404);
        const meta = { 'Content-Length': String(bytes.length), ETag: etagOf(path) };
        return method === 'HEAD' ? new Response(null, { status: 200, headers: meta }) : answer(200, meta, bytes);
      }
      case 'PUT': {
        if (!folders.has(parentOf(path))) return answer(409);
        const exists = files.has(path);
        if (honours && exists && headers.get('If-None-Match') === '*') return answer(412);
        const ifMatch = headers.get('If-Match');
        if (honours && ifMatch !== null && (!exists || ifMatch !== etagOf(path))) return answer(412);
        write(path, body);
        return answer(exists ? 204 : 201);
      }
      case 'MKCOL':
        if (folders.has(path) || files.has(path)) return answer(405);
        if (!folders.has(parentOf(path))) return answer(409);
        folders.add(path);
        return answer(201);
      default:
        return answer(405);
    }
  };

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    if (!url.href.startsWith(baseUrl)) return answer(404);
    const path = url.href
      .slice(baseUrl.length)
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent)
      .join('/');
    const request: FakeRequest = { method: init.method ?? 'GET', path, headers: new Headers(init.headers) };
    requests.push(request);
    const body = bodyBytes(init.body);
    const fault = options.fault?.(request, requests.length - 1);
    if (fault?.kind === 'hang') {
      return new Promise<Response>((_, reject) => {
        const signal = init.signal;
        const fail = () => reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
        if (signal?.aborted) fail();
        else signal?.addEventListener('abort', fail, { once: true });
      });
    }
    if (fault?.kind === 'dropBefore') throw new TypeError('fetch failed: connection refused');
    if (fault?.kind === 'status') return answer(fault.status);
    if (fault?.kind === 'cut') {
      if (request.method === 'PUT' && options.keepsPartialUploads && folders.has(parentOf(path))) {
        write(path, body.slice(0, Math.min(fault.after, body.length)));
      }
      throw new TypeError('fetch failed: other side closed');
    }
    const response = await handle(request, body);
    if (fault?.kind === 'dropAfter') throw new TypeError('fetch failed: socket hang up');
    return response;
  };

  return { baseUrl, fetch, files, folders, requests };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function bodyBytes(body: RequestInit['body']): Uint8Array {
  if (body instanceof Uint8Array) return body;
  return new TextEncoder().encode(typeof body === 'string' ? body : '');
}
