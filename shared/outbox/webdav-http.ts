import type { SyncFailureCode } from './retry-policy';

/**
 * The HTTP layer under the WebDAV transport: one request with Basic auth and a timeout, whose
 * outcome is a status and body, or the kind of network failure. Only `fetch`, `AbortController`
 * and `TextEncoder`, so it runs in the browser, in Electron's main process and in Node alike.
 */

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpAnswer {
  kind: 'answer';
  status: number;
  headers: Headers;
  body: Uint8Array;
}

export interface Failure {
  kind: 'failed';
  code: SyncFailureCode;
  httpStatus?: number;
}

export interface RequestSpec {
  method: 'PROPFIND' | 'HEAD' | 'GET' | 'PUT' | 'MKCOL';
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Bytes expected to cross (the upload or the download), to give a large file more time. */
  size?: number;
  /** The caller's stop: when it fires, the request is abandoned and its reason thrown. */
  signal?: AbortSignal;
}

export interface HttpClientOptions {
  username: string;
  password: string;
  fetch?: FetchLike;
  /** Time allowed for a request with no payload; default 30 s. */
  timeoutMs?: number;
  /** The slowest transfer tolerated before a big request times out; default 16 KiB/s. */
  minBytesPerSecond?: number;
}

/** 'Basic …' for the user name and password, as UTF-8 (RFC 7617), so Cyrillic passwords work. */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * What a status means for a delivery. 404, 409 and 410 on a write mean a folder on the way is
 * missing (RFC 4918 §9.7.1); 405 and 412 reach here only once the transport has looked at the
 * path and found nothing to explain them, so the server failed to write: tried again later.
 */
export function failureForStatus(status: number): Failure {
  const code = ((): SyncFailureCode => {
    if (status === 401) return 'syncUnauthorized';
    if (status === 403) return 'syncForbidden';
    if (status === 404 || status === 409 || status === 410) return 'syncMissingFolder';
    if (status === 408) return 'syncTimeout';
    if (status === 413) return 'syncTooLarge';
    if (status === 423) return 'syncLocked';
    if (status === 507) return 'syncQuota';
    if (status === 405 || status === 412 || status === 429 || status >= 500) return 'syncServer';
    return 'syncRejected';
  })();
  return { kind: 'failed', code, httpStatus: status };
}

export type HttpClient = (spec: RequestSpec) => Promise<HttpAnswer | Failure>;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const authorization = basicAuthorization(options.username, options.password);
  const baseTimeout = options.timeoutMs ?? 30_000;
  const minBytesPerSecond = options.minBytesPerSecond ?? 16 * 1024;

  return async (spec) => {
    spec.signal?.throwIfAborted();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, baseTimeout + Math.ceil(((spec.size ?? 0) / minBytesPerSecond) * 1000));
    const stop = () => controller.abort(spec.signal?.reason);
    spec.signal?.addEventListener('abort', stop, { once: true });
    try {
      const response = await doFetch(spec.url, {
        method: spec.method,
        headers: { Authorization: authorization, ...spec.headers },
        // A plain ArrayBuffer-backed copy: fetch's BodyInit typing takes no SharedArrayBuffer views.
        body: typeof spec.body === 'string' || spec.body === undefined ? spec.body : new Uint8Array(spec.body),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
      });
      // Read every body, even an error page, so the connection is free for the next request.
      const body = spec.method === 'HEAD' ? new Uint8Array() : new Uint8Array(await response.arrayBuffer());
      return { kind: 'answer', status: response.status, headers: response.headers, body };
    } catch (error) {
      if (spec.signal?.aborted) throw spec.signal.reason;
      if (timedOut) return { kind: 'failed', code: 'syncTimeout' };
      if (isNetworkError(error)) return { kind: 'failed', code: 'syncNetwork' };
      throw error;
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', stop);
    }
  };
}

/** fetch rejects with a TypeError when the connection fails or drops (browsers and undici alike). */
function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'));
}
