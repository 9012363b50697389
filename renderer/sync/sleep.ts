/**
 * Waits `ms`, or less when the signal fires: resolves either way (never rejects), so a delivery
 * run that is stopped during a backoff simply sees its signal and ends.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    // setTimeout takes at most 2^31 − 1 ms; a longer wait is cut short and simply looked at again.
    const timer = setTimeout(done, Math.min(Math.max(0, ms), 2 ** 31 - 1));
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
