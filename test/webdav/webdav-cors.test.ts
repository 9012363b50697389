import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization } from '../../shared/outbox/webdav-http';
import { serverGate, startWebDavServer, type WebDavServer } from './servers';

/**
 * Apache set up for the web build, which fetches a WebDAV server from its own page and so needs
 * CORS: a preflight passes without credentials (a browser never sends any with one), every
 * other request still needs them, and every answer — a 401 too — says who may read it.
 */
const ORIGIN = 'http://127.0.0.1:4173';
const gate = serverGate('apache');

describe.skipIf(!gate.run)('Apache WebDAV answering the web build (CORS)', () => {
  let server: WebDavServer;

  beforeAll(async () => {
    server = await startWebDavServer('apache', { corsOrigin: ORIGIN });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('answers a preflight without credentials, allowing the methods and headers the transport uses', async () => {
    const response = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,content-type,if-none-match' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual(expect.arrayContaining(['GET', 'HEAD', 'PUT', 'MKCOL', 'PROPFIND']));
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/)).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'depth', 'if-none-match', 'if-match']),
    );
    expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag');
  });

  it('still refuses anything else without the password, in an answer the page may read', async () => {
    const put = await fetch(`${server.url}x.txt`, { method: 'PUT', body: 'x', headers: { Origin: ORIGIN } });
    expect(put.status).toBe(401);
    expect(put.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const wrong = await fetch(server.url, { method: 'PROPFIND', headers: { Origin: ORIGIN, Depth: '0', Authorization: basicAuthorization(server.username, 'wrong') } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('serves the user with the password as before', async () => {
    const response = await fetch(server.url, { method: 'PROPFIND', headers: { Origin: ORIGIN, Depth: '0', Authorization: basicAuthorization(server.username, server.password) } });
    expect(response.status).toBe(207);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });
});

describe.skipIf(!gate.run)('Apache WebDAV without the CORS option', () => {
  it('keeps preflights behind the password and sends no CORS headers', async () => {
    const server = await startWebDavServer('apache');
    try {
      const response = await fetch(server.url, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'PUT' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.dispose();
    }
  });
});
