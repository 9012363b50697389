import { gunzip, gunzipSync, gzip, gzipSync } from 'fflate';

/**
 * fflate's asynchronous gzip runs in a Worker, sparing the page a long task on a large
 * workspace. Where there is no Worker (Node, a test DOM), or one cannot be started, the
 * synchronous code does the same work; so a failure that remains is the data's, never the
 * environment's mistaken for a damaged file.
 */
const hasWorkers = () => typeof Worker === 'function';

/** Runs fflate's asynchronous codec; a worker that will not start comes out as a rejection too. */
function inWorker(start: (done: (error: Error | null, result: Uint8Array) => void) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    try {
      start((error, result) => (error ? reject(error) : resolve(result)));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

async function run(async: () => Promise<Uint8Array>, sync: () => Uint8Array): Promise<Uint8Array> {
  if (hasWorkers()) {
    try {
      return await async();
    } catch {
      // Falls through: the synchronous run tells a worker that would not start from bad data.
    }
  }
  return sync();
}

export const compress = (bytes: Uint8Array): Promise<Uint8Array> =>
  run(
    () => inWorker((done) => gzip(bytes, { level: 6 }, done)),
    () => gzipSync(bytes, { level: 6 }),
  );

/** Rejects on anything that is not complete gzip data. */
export const decompress = (bytes: Uint8Array): Promise<Uint8Array> =>
  run(
    () => inWorker((done) => gunzip(bytes, done)),
    () => gunzipSync(bytes),
  );
