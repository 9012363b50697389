/**
 * For tests: a clock that moves only when told, and a sleep on it. Backoffs and scheduled looks
 * wait until `advance` passes their time; a fired signal ends a sleep at once.
 */
export interface ManualClock {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Sleeps under way. */
  pending(): number;
  /** When the earliest sleep under way ends, or null. */
  nextWake(): number | null;
  /** Moves time on by `ms`, waking every sleep due by then. */
  advance(ms: number): void;
}

export function createManualClock(start: number): ManualClock {
  let time = start;
  let sleepers: Array<{ at: number; wake: () => void }> = [];
  return {
    now: () => time,
    sleep(ms, signal) {
      return new Promise((resolve) => {
        if (signal?.aborted) {
          resolve();
          return;
        }
        const sleeper = {
          at: time + ms,
          wake: () => {
            sleepers = sleepers.filter((other) => other !== sleeper);
            resolve();
          },
        };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', sleeper.wake, { once: true });
      });
    },
    pending: () => sleepers.length,
    nextWake: () => (sleepers.length === 0 ? null : Math.min(...sleepers.map((sleeper) => sleeper.at))),
    advance(ms) {
      time += ms;
      for (const sleeper of sleepers.filter((s) => s.at <= time)) sleeper.wake();
    },
  };
}
