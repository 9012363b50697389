import { describe, expect, it } from 'vitest';
import { sha256Hex } from './content-hash';
import { createFakeWebDav, type Fault, type FakeWebDavOptions } from './fake-webdav';
import { basicAuthorization } from './webdav-http';
import { createWebDavTransport } from './webdav-transport';

const utf8 = (text: string) => new TextEncoder().encode(text);
const FOLDER = 'Delegation Desk/ReBuild Ukraine 2023';
const PATH = `${FOLDER}/Звіт — Лисогор і Delbe.md`;
const BYTES = utf8('# Переговори з регіоном О-де-Франс\n\nАртем Лисогор, Juliette Delbe\n');

function setUp(options: FakeWebDavOptions & { password?: string; clientPassword?: string; timeoutMs?: number } = {}) {
  const server = createFakeWebDav(options);
  for (const level of ['Delegation Desk', FOLDER]) server.folders.add(level);
  const transport = createWebDavTransport({
    baseUrl: server.baseUrl,
    username: 'u',
    password: options.clientPassword ?? 'p',
    fetch: server.fetch,
    timeoutMs: options.timeoutMs,
  });
  return { server, transport, put: async (path = PATH, bytes = BYTES, replacePartial = false) => transport.put(path, bytes, await sha256Hex(bytes), { replacePartial }) };
}

const fnv = (bytes: Uint8Array) => {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16);
};

const faultsOnce = (...faults: { method: string; fault: Fault }[]) => {
  const left = [...faults];
  return (request: { method: string }) => {
    const index = left.findIndex((entry) => entry.method === request.method);
    return index === -1 ? undefined : left.splice(index, 1)[0]!.fault;
  };
};

describe.each([
  ['Apache-like (honours preconditions)', { honoursPreconditions: true, keepsPartialUploads: false }],
  ['rclone-like (ignores preconditions, keeps partial uploads)', { honoursPreconditions: false, keepsPartialUploads: true }],
] as const)('WebDAV transport against a %s server', (_, behaviour) => {
  it('looks first, then creates the file with If-None-Match: *, sending the bytes as they are', async () => {
    const { server, put } = setUp(behaviour);
    expect(await put()).toEqual({ kind: 'delivered' });
    expect(server.files.get(PATH)).toEqual(BYTES);
    const putRequest = server.requests.find((request) => request.method === 'PUT')!;
    expect(putRequest.headers.get('If-None-Match')).toBe('*');
    expect(putRequest.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'PUT']);
  });

  it('reports the same bytes already at the path as already there, without writing', async () => {
    const { server, put } = setUp(behaviour);
    server.files.set(PATH, BYTES.slice());
    expect(await put()).toEqual({ kind: 'alreadyThere' });
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('never overwrites a different file: a longer one is not even downloaded, a shorter one is compared', async () => {
    const { server, put } = setUp(behaviour);
    const theirs = utf8('Чужий файл з тією ж назвою, довший за наш. '.repeat(10));
    server.files.set(PATH, theirs);
    expect(await put()).toEqual({ kind: 'conflict' });
    expect(server.files.get(PATH)).toBe(theirs);
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD']);

    const short = utf8('інше');
    server.files.set(PATH, short);
    expect(await put(PATH, BYTES, true)).toEqual({ kind: 'conflict' });
    expect(server.files.get(PATH)).toBe(short);
  });

  it('replaces a cut-off copy of its own bytes only when told an upload of them was cut', async () => {
    const { server, put } = setUp(behaviour);
    const partial = BYTES.slice(0, 20);
    server.files.set(PATH, partial);
    expect(await put(PATH, BYTES, false)).toEqual({ kind: 'conflict' });
    expect(server.files.get(PATH)).toBe(partial);
    expect(await put(PATH, BYTES, true)).toEqual({ kind: 'delivered' });
    expect(server.files.get(PATH)).toEqual(BYTES);
    const replace = server.requests.filter((request) => request.method === 'PUT').at(-1)!;
    expect(replace.headers.get('If-Match')).toBe(`"20-${fnv(BYTES.slice(0, 20))}"`);
    expect(replace.headers.get('If-None-Match')).toBeNull();
  });

  it('creates each missing folder level with MKCOL, then puts the file', async () => {
    const { server, put } = setUp(behaviour);
    const path = 'Delegation Desk/Звіти/2023/Варшава/Звіт.md';
    expect(await put(path)).toEqual({ kind: 'delivered' });
    expect(server.requests.filter((request) => request.method === 'MKCOL').map((request) => request.path)).toEqual([
      'Delegation Desk',
      'Delegation Desk/Звіти',
      'Delegation Desk/Звіти/2023',
      'Delegation Desk/Звіти/2023/Варшава',
    ]);
    expect(server.files.get(path)).toEqual(BYTES);
  });

  it('finds the file after an answer lost on the way back, and calls it already there', async () => {
    const { server, put } = setUp({ ...behaviour, fault: faultsOnce({ method: 'PUT', fault: { kind: 'dropAfter' } }) });
    expect(await put()).toEqual({ kind: 'failed', code: 'syncNetwork' });
    expect(await put()).toEqual({ kind: 'alreadyThere' });
    expect([...server.files.keys()]).toEqual([PATH]);
  });

  it('never sends DELETE, MOVE or COPY', async () => {
    const { server, put } = setUp(behaviour);
    server.files.set(PATH, BYTES.slice(0, 5));
    await put(PATH, BYTES, true);
    await put('Нова тека/Звіт.md');
    server.files.set(`${FOLDER}/b.md`, utf8('інше'));
    await put(`${FOLDER}/b.md`);
    expect(server.requests.map((request) => request.method).filter((method) => !['PROPFIND', 'HEAD', 'GET', 'PUT', 'MKCOL'].includes(method))).toEqual([]);
  });
});

describe('WebDAV transport: a file that appears between the look and the write', () => {
  it('does not overwrite it on a server that honours If-None-Match (412 → look again)', async () => {
    const theirs = utf8('написав колега');
    const colleague: { files?: Map<string, Uint8Array> } = {};
    const setup = setUp({
      honoursPreconditions: true,
      fault: (request) => {
        if (request.method === 'PUT' && !colleague.files!.has(PATH)) colleague.files!.set(PATH, theirs);
        return undefined;
      },
    });
    colleague.files = setup.server.files;
    const { server } = setup;
    expect(await setup.put()).toEqual({ kind: 'conflict' });
    expect(server.files.get(PATH)).toBe(theirs);
  });
});

describe('WebDAV transport: failures', () => {
  const statusOnPut = (status: number) => setUp({ fault: faultsOnce({ method: 'PUT', fault: { kind: 'status', status } }) });

  it.each([
    [401, 'syncUnauthorized'],
    [403, 'syncForbidden'],
    [413, 'syncTooLarge'],
    [423, 'syncLocked'],
    [500, 'syncServer'],
    [502, 'syncServer'],
    [503, 'syncServer'],
    [507, 'syncQuota'],
    [400, 'syncRejected'],
  ] as const)('maps %i on PUT to %s', async (status, code) => {
    const { put } = statusOnPut(status);
    expect(await put()).toEqual({ kind: 'failed', code, httpStatus: status });
  });

  it('maps a wrong password to syncUnauthorized before anything is written', async () => {
    const { server, put, transport } = setUp({ clientPassword: 'wrong' });
    expect(await put()).toEqual({ kind: 'failed', code: 'syncUnauthorized', httpStatus: 401 });
    expect(await transport.probe()).toEqual({ kind: 'failed', code: 'syncUnauthorized', httpStatus: 401 });
    expect(server.files.size).toBe(0);
  });

  it('maps a dropped connection to syncNetwork and a server that never answers to syncTimeout', async () => {
    expect(await setUp({ fault: () => ({ kind: 'dropBefore' }) }).put()).toEqual({ kind: 'failed', code: 'syncNetwork' });
    expect(await setUp({ fault: () => ({ kind: 'hang' }), timeoutMs: 20 }).put()).toEqual({ kind: 'failed', code: 'syncTimeout' });
  });

  it('gives up a refused write (405) that left nothing behind as a server failure, after one more look', async () => {
    const { server, put } = setUp({ honoursPreconditions: false, fault: (request) => (request.method === 'PUT' ? { kind: 'status', status: 405 } : undefined) });
    expect(await put()).toEqual({ kind: 'failed', code: 'syncServer', httpStatus: 405 });
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'PUT', 'HEAD']);
  });

  it('reports a folder MKCOL cannot create with MKCOL’s own status', async () => {
    const { put } = setUp({ fault: (request) => (request.method === 'MKCOL' ? { kind: 'status', status: 403 } : undefined) });
    expect(await put('Нова тека/Звіт.md')).toEqual({ kind: 'failed', code: 'syncForbidden', httpStatus: 403 });
  });

  it('throws the caller’s reason when the caller stops it, rather than calling it a failure', async () => {
    const { transport } = setUp({ fault: () => ({ kind: 'hang' }) });
    const controller = new AbortController();
    const pending = transport.put(PATH, BYTES, await sha256Hex(BYTES), { signal: controller.signal });
    controller.abort(new Error('app closing'));
    await expect(pending).rejects.toThrow('app closing');
  });
});

describe('WebDAV transport: probe and requests', () => {
  it('probes with PROPFIND depth 0 and reports a missing folder', async () => {
    const { server, transport } = setUp();
    expect(await transport.probe()).toEqual({ ok: true });
    expect(await transport.probe(FOLDER)).toEqual({ ok: true });
    expect(await transport.probe('Немає такої')).toEqual({ kind: 'failed', code: 'syncMissingFolder', httpStatus: 404 });
    expect(server.requests[0]!.headers.get('Depth')).toBe('0');
  });

  it('encodes Cyrillic and spaces per segment under the base URL, and sends UTF-8 Basic credentials', async () => {
    const urls: string[] = [];
    const server = createFakeWebDav({ password: 'пароль' });
    server.folders.add('Звіти');
    const transport = createWebDavTransport({
      baseUrl: server.baseUrl.replace(/\/$/, ''),
      username: 'u',
      password: 'пароль',
      fetch: (input, init) => {
        urls.push(input);
        return server.fetch(input, init);
      },
    });
    expect(await transport.put('Звіти/Юліет Дельб.md', BYTES, await sha256Hex(BYTES))).toEqual({ kind: 'delivered' });
    expect(urls[0]).toBe(`${server.baseUrl}%D0%97%D0%B2%D1%96%D1%82%D0%B8/%D0%AE%D0%BB%D1%96%D0%B5%D1%82%20%D0%94%D0%B5%D0%BB%D1%8C%D0%B1.md`);
    expect(basicAuthorization('u', 'пароль')).toBe(`Basic ${Buffer.from('u:пароль', 'utf8').toString('base64')}`);
  });
});
