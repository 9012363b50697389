import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJsonFile, type JsonFileFs } from './json-file';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await nodeFs.mkdtemp(path.join(tmpdir(), 'dd-json-file-'));
  file = path.join(dir, 'sync-targets.json');
});

afterEach(async () => {
  await nodeFs.rm(dir, { recursive: true, force: true });
});

describe('json file', () => {
  it('reads undefined before the first write, then what was written', async () => {
    const json = createJsonFile(file);
    await expect(json.read()).resolves.toBeUndefined();
    await json.write({ version: 1, targets: { a: { kind: 'folder', folderPath: '/home/olena/OneDrive' } } });
    await expect(json.read()).resolves.toEqual({ version: 1, targets: { a: { kind: 'folder', folderPath: '/home/olena/OneDrive' } } });
    await json.write({ version: 1, targets: {} });
    await expect(createJsonFile(file).read()).resolves.toEqual({ version: 1, targets: {} });
    expect(await nodeFs.readdir(dir)).toEqual(['sync-targets.json']);
  });

  it.skipIf(process.platform === 'win32')('is readable by its owner only', async () => {
    await createJsonFile(file).write({});
    expect((await nodeFs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('keeps the old content whole when the new one cannot be put in place, and leaves no temporary file', async () => {
    await createJsonFile(file).write({ kept: true });
    const failingRename: JsonFileFs = { ...nodeFs, rename: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) };
    await expect(createJsonFile(file, failingRename).write({ kept: false })).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(createJsonFile(file).read()).resolves.toEqual({ kept: true });
    expect(await nodeFs.readdir(dir)).toEqual(['sync-targets.json']);
  });

  it('throws on a file that is not JSON, so the caller decides what to do', async () => {
    await nodeFs.writeFile(file, '{ half a file');
    await expect(createJsonFile(file).read()).rejects.toBeInstanceOf(SyntaxError);
  });
});
