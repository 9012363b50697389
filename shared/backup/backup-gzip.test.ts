import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'fflate';
import { compress, decompress } from './backup-gzip';

const text = new TextEncoder().encode('Лисогор Артем; Juliette Delbe; '.repeat(1000));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gzip for backups', () => {
  it('round-trips without workers (Node, a test DOM)', async () => {
    expect(await decompress(await compress(text))).toEqual(text);
  });

  it('round-trips through fflate’s asynchronous codec where workers exist', async () => {
    // Node's fflate build runs its codec in worker_threads; a global Worker only selects that path.
    vi.stubGlobal('Worker', class {});
    const packed = await compress(text);
    expect(await decompress(packed)).toEqual(text);
    expect(await decompress(gzipSync(text))).toEqual(text);
  });

  it('rejects data that is not whole gzip, on either path', async () => {
    const packed = await compress(text);
    await expect(decompress(packed.subarray(0, packed.length - 20))).rejects.toThrow();
    vi.stubGlobal('Worker', class {});
    await expect(decompress(new TextEncoder().encode('not gzip'))).rejects.toThrow();
  });
});
