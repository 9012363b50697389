import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SHELL_CONTENT_SECURITY_POLICY } from '#shared/security/csp';
import { APP_HOST, APP_SCHEME } from './trusted-url';

/**
 * Serves the built renderer at app://delegation-desk/ instead of file://. A real origin
 * gives the app its own IndexedDB, lets module scripts and fetch work, and keeps the pages
 * away from the rest of the disk.
 */

export interface CustomScheme {
  scheme: string;
  privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean; codeCache: boolean };
}

/**
 * `standard` gives the scheme real origins (so IndexedDB, localStorage and relative URLs work),
 * `secure` makes it a secure context (crypto.subtle, clipboard), `supportFetchAPI` lets the
 * page fetch its own assets, `codeCache` keeps V8's compiled code between launches.
 * `corsEnabled` stays off so no other origin can read our files.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
}

/** Must run before `app` is ready: Chromium reads scheme privileges only at start-up. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const INDEX_FILE = 'index.html';

/**
 * The file under `rootDir` a URL path names, or null when it would leave `rootDir`
 * (`..`, encoded `%2e%2e%2f`, backslashes, absolute or drive paths, NUL bytes).
 */
export function resolveInsideRoot(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relativeRequest = decoded.replace(/^\/+/, '') || INDEX_FILE;
  const root = path.resolve(rootDir);
  const absolute = path.resolve(root, relativeRequest);
  const fromRoot = path.relative(root, absolute);
  const escapes = fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot);
  return escapes ? null : absolute;
}

function respond(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': SHELL_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

async function serveFile(filePath: string): Promise<Response> {
  const body = await readFile(filePath);
  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  return respond(200, new Uint8Array(body), contentType);
}

/**
 * The `protocol.handle` callback. Paths without an extension that match no file get
 * index.html, so reloading on a client-side route still opens the app.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return respond(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');

    const filePath = resolveInsideRoot(rootDir, url.pathname);
    if (filePath === null) return respond(403, 'Forbidden');

    try {
      return await serveFile(filePath);
    } catch (error) {
      if (!isMissing(error)) {
        console.error('[protocol] cannot read', filePath, error);
        return respond(500, 'Cannot read file');
      }
      if (path.extname(filePath) !== '') return respond(404, 'Not found');
      return serveFile(path.join(path.resolve(rootDir), INDEX_FILE)).catch(() => respond(404, 'Not found'));
    }
  };
}

export interface ProtocolHandlerRegistrar {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/** Call once `app` is ready. */
export function serveAppProtocol(protocol: ProtocolHandlerRegistrar, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
