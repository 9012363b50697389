import type { Browser, Page } from '@playwright/test';

/**
 * The main thread of the app page while something happens in it, seen two ways:
 * - from inside the page: Long Tasks (every task over 50 ms), Long Animation Frames, Event
 *   Timing (input events slower than 16 ms: how long their handlers ran) and a
 *   requestAnimationFrame sampler (the longest gap between frames);
 * - from a Chromium trace (category "toplevel"): every task the page's main thread ran,
 *   however short, so the longest task is known even when it is under 50 ms. The page's
 *   thread is the one that recorded the window's start mark (User Timing).
 */

export interface PageObservations {
  longTasks: number[];
  /** blockingDuration of each long animation frame. */
  longFrames: number[];
  /**
   * Slowest input event (keydown, keypress, beforeinput, input, keyup) to its next paint. In
   * headless Chromium the wait for the next paint is unreliable, so this is kept for the JSON only.
   */
  slowestEventMs: number;
  /** Longest time an input event's handlers ran (processingEnd − processingStart). */
  slowestHandlingMs: number;
  /** The five slowest, for diagnosis: input delay, handlers, and the wait for the next paint. */
  slowestEvents: { name: string; duration: number; delay: number; processing: number }[];
  longestFrameGapMs: number;
}

export interface TraceTasks {
  /** Top-level tasks on the page's main thread inside the window. */
  tasks: number;
  /** Wall time, as a user waits for it. */
  longestMs: number;
  over50: number;
  busyMs: number;
  /** Longest task inside the named sub-windows (e.g. the pauses in which autosave runs). */
  longestInMarkedMs: number;
  /**
   * The same tasks in the thread's CPU time: what they cost without the time the thread was
   * descheduled, which on a busy machine can be most of their wall time.
   */
  longestCpuMs: number;
  over50Cpu: number;
  busyCpuMs: number;
  /** CPU time of the tasks inside the named sub-windows (e.g. up to a screen's first paint). */
  busyInMarkedCpuMs: number;
}

interface State {
  obs: PageObservations;
  stop: () => void;
}

/** In the page: starts the observers and the rAF sampler, and marks the window's start. */
function startObserving(markName: string): void {
  const obs: PageObservations = { longTasks: [], longFrames: [], slowestEventMs: 0, slowestHandlingMs: 0, slowestEvents: [], longestFrameGapMs: 0 };
  const recordEvent = (entry: PerformanceEntry) => {
    const timing = entry as PerformanceEventTiming;
    obs.slowestEventMs = Math.max(obs.slowestEventMs, timing.duration);
    obs.slowestHandlingMs = Math.max(obs.slowestHandlingMs, timing.processingEnd - timing.processingStart);
    obs.slowestEvents.push({
      name: timing.name,
      duration: timing.duration,
      delay: timing.processingStart - timing.startTime,
      processing: timing.processingEnd - timing.processingStart,
    });
    obs.slowestEvents = obs.slowestEvents.sort((a, b) => b.processing - a.processing).slice(0, 5);
  };
  const observers = [
    ['longtask', (entry: PerformanceEntry) => obs.longTasks.push(entry.duration)],
    ['long-animation-frame', (entry: PerformanceEntry) => obs.longFrames.push((entry as PerformanceEntry & { blockingDuration: number }).blockingDuration)],
    ['event', recordEvent],
  ] as const;
  const running = observers.flatMap(([type, record]) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach(record));
    observer.observe({ type, ...(type === 'event' ? { durationThreshold: 16 } : {}) } as PerformanceObserverInit);
    return [observer];
  });
  let last = performance.now();
  let frame = requestAnimationFrame(function tick(now) {
    obs.longestFrameGapMs = Math.max(obs.longestFrameGapMs, now - last);
    last = now;
    frame = requestAnimationFrame(tick);
  });
  const state: State = {
    obs,
    stop: () => {
      cancelAnimationFrame(frame);
      for (const observer of running) {
        observer.takeRecords().forEach((entry) => observers.find(([type]) => type === entry.entryType)?.[1](entry));
        observer.disconnect();
      }
    },
  };
  (window as unknown as { __benchObserving: State }).__benchObserving = state;
  performance.mark(markName);
}

function stopObserving(markName: string): PageObservations {
  performance.mark(markName);
  const state = (window as unknown as { __benchObserving: State }).__benchObserving;
  state.stop();
  return state.obs;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration. */
  tdur?: number;
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

function analyseTrace(events: readonly TraceEvent[], marks: { start: string; end: string; windows: readonly [string, string][] }): TraceTasks {
  const mark = (name: string) => events.find((e) => e.cat.includes('blink.user_timing') && e.name === name);
  const start = mark(marks.start);
  const end = mark(marks.end);
  if (!start || !end) throw new Error(`the trace has no marks ${marks.start} / ${marks.end}: cannot tell the page's main thread`);
  const windows = marks.windows.map(([from, to]) => [mark(from)?.ts, mark(to)?.ts] as const);
  const tasks = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur !== undefined)
    .filter((e) => e.ts + e.dur! >= start.ts && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts);
  // Nested run loops report tasks inside tasks: count only the outermost.
  const outer: TraceEvent[] = [];
  for (const task of tasks) {
    const previous = outer[outer.length - 1];
    if (previous && task.ts < previous.ts + previous.dur!) continue;
    outer.push(task);
  }
  const ms = (task: TraceEvent) => task.dur! / 1000;
  const cpuMs = (task: TraceEvent) => (task.tdur ?? task.dur!) / 1000;
  const inWindows = outer.filter((task) => windows.some(([from, to]) => from !== undefined && to !== undefined && task.ts + task.dur! >= from && task.ts <= to));
  return {
    tasks: outer.length,
    longestMs: Math.max(0, ...outer.map(ms)),
    over50: outer.filter((task) => ms(task) > 50).length,
    busyMs: outer.reduce((sum, task) => sum + ms(task), 0),
    longestInMarkedMs: Math.max(0, ...inWindows.map(ms)),
    longestCpuMs: Math.max(0, ...outer.map(cpuMs)),
    over50Cpu: outer.filter((task) => cpuMs(task) > 50).length,
    busyCpuMs: outer.reduce((sum, task) => sum + cpuMs(task), 0),
    busyInMarkedCpuMs: inWindows.reduce((sum, task) => sum + cpuMs(task), 0),
  };
}

/**
 * Traces the page while `run` runs; `run` must put User Timing marks `marks.start` and
 * `marks.end` (and the sub-windows' marks) on the page's main thread.
 */
export async function traceMainThread(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
  marks: { start: string; end: string; windows?: readonly [string, string][] },
): Promise<TraceTasks> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  let buffer: Buffer;
  try {
    await run();
  } finally {
    buffer = await browser.stopTracing();
  }
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  return analyseTrace(traceEvents, { start: marks.start, end: marks.end, windows: marks.windows ?? [] });
}

export interface Observation {
  page: PageObservations;
  trace: TraceTasks;
}

/**
 * Runs `work` with the page observed and traced. `work` gets `markWindow(name)`, which marks
 * the start or end of a sub-window (call it in pairs) on the page's clock.
 */
export async function observeMainThread(browser: Browser, page: Page, work: (mark: (name: string) => Promise<void>) => Promise<void>): Promise<Observation> {
  const id = `bench-${Date.now()}`;
  const marked: string[] = [];
  let observations: PageObservations | undefined;
  const windows: [string, string][] = [];
  const trace = await traceMainThread(
    browser,
    page,
    async () => {
      await page.evaluate(startObserving, `${id}-start`);
      await work(async (name) => {
        marked.push(`${id}-${name}`);
        await page.evaluate((markName) => performance.mark(markName), `${id}-${name}`);
      });
      observations = await page.evaluate(stopObserving, `${id}-end`);
      for (let i = 0; i + 1 < marked.length; i += 2) windows.push([marked[i], marked[i + 1]]);
    },
    { start: `${id}-start`, end: `${id}-end`, windows },
  );
  if (!observations) throw new Error('the page observations were not collected');
  return { page: observations, trace };
}
