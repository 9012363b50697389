import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SHELL_CONTENT_SECURITY_POLICY } from '#shared/security/csp';
import { createAppRequestHandler, registerAppScheme, resolveInsideRoot, serveAppProtocol } from './protocol';

let sandbox: string;
let rootDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // A secret beside the served folder, as the user's other files would be in a real install.
  sandbox = await mkdtemp(path.join(tmpdir(), 'dd-protocol-'));
  rootDir = path.join(sandbox, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>Delegation Desk</title>');
  await writeFile(path.join(rootDir, 'assets', 'app.js'), 'console.log("hi")');
  await writeFile(path.join(sandbox, 'secret.txt'), 'top secret');
  handle = createAppRequestHandler(rootDir);
});

afterAll(() => rm(sandbox, { recursive: true, force: true }));

const get = (url: string) => handle(new Request(url));

describe('app protocol handler', () => {
  it.each(['app://delegation-desk/', 'app://delegation-desk/index.html'])('serves index.html for %s with the CSP header', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(SHELL_CONTENT_SECURITY_POLICY);
    await expect(response.text()).resolves.toContain('<title>Delegation Desk</title>');
  });

  it('serves scripts with a JavaScript type, which module scripts require', async () => {
    const response = await get('app://delegation-desk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://delegation-desk/%2e%2e/secret.txt',
    'app://delegation-desk/..%2fsecret.txt',
    'app://delegation-desk/assets/..%2f..%2fsecret.txt',
    'app://delegation-desk/..%5csecret.txt',
    'app://delegation-desk/C:%5CWindows%5Cwin.ini',
    'app://delegation-desk/index.html%00.png',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    await expect(response.text()).resolves.not.toContain('top secret');
  });

  it('reads an absolute path as relative to the renderer folder', async () => {
    const response = await get(`app://delegation-desk/${encodeURIComponent(path.join(sandbox, 'secret.txt'))}`);
    expect(response.status).toBe(404);
  });

  it('refuses an encoded traversal with 403 and still sends the CSP', async () => {
    const response = await get('app://delegation-desk/..%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(SHELL_CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing asset but index.html for a client-side route', async () => {
    expect((await get('app://delegation-desk/assets/missing.js')).status).toBe(404);
    const route = await get('app://delegation-desk/contacts');
    expect(route.status).toBe(200);
    await expect(route.text()).resolves.toContain('Delegation Desk');
  });

  it('serves nothing for another host or a write method', async () => {
    expect((await get('app://other-host/index.html')).status).toBe(404);
    expect((await handle(new Request('app://delegation-desk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('resolveInsideRoot', () => {
  it('maps the root to index.html and nested paths inside the folder', () => {
    expect(resolveInsideRoot(rootDir, '/')).toBe(path.join(rootDir, 'index.html'));
    expect(resolveInsideRoot(rootDir, '/assets/app.js')).toBe(path.join(rootDir, 'assets', 'app.js'));
    expect(resolveInsideRoot(rootDir, '/assets/..%2findex.html')).toBe(path.join(rootDir, 'index.html'));
  });

  it('rejects malformed escapes instead of throwing', () => {
    expect(resolveInsideRoot(rootDir, '/%E0%A4%A')).toBeNull();
  });
});

describe('registration', () => {
  it('registers app: as a standard, secure, fetch-capable scheme without CORS', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0][0].privileges).not.toHaveProperty('corsEnabled');
  });

  it('handles the app scheme with the file server', async () => {
    const protocol = { handle: vi.fn() };
    serveAppProtocol(protocol, rootDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
