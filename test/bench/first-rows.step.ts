import { APP_VIEWPORT, FIRST_ROWS, LARGEST, runsFor, SIZES, SMALLEST, STEP_TIMEOUT_MS, TARGETS } from './bench-config';
import { PageSession } from './bench-session';
import type { BenchEnv } from './bench-env';

/**
 * 2. Navigation to the first 50 contact rows (and, for context, until all n are listed), and
 * 4. the renderer's heap once the whole list is in the screen.
 * Every run gets a fresh browser context: the benchmark page seeds the app's database, then a
 * new page opens `#/contacts` of the production build, cold, with its own JS heap.
 */

/**
 * Runs in the app page before its scripts: notes when rows 0–49 are in the DOM, then painted,
 * and when the screen's count (a status with digits) first shows all `total` contacts.
 */
function watchList({ wanted, total }: { wanted: number; total: number }): void {
  const hasRows = () => {
    let count = 0;
    for (const row of document.querySelectorAll('tbody tr[data-index]')) {
      if (Number(row.getAttribute('data-index')) < wanted) count++;
    }
    return count >= wanted;
  };
  const listsAll = () =>
    [...document.querySelectorAll('[role=status]')].some((status) => status.textContent?.replace(/\D/g, '') === String(total));
  const observer = new MutationObserver(() => {
    if (!window.__benchFirstRows && hasRows()) {
      const mark: NonNullable<Window['__benchFirstRows']> = { domAt: Date.now(), domSinceNavigation: performance.now() };
      window.__benchFirstRows = mark;
      requestAnimationFrame(() =>
        setTimeout(() => {
          mark.paintedAt = Date.now();
          mark.paintedSinceNavigation = performance.now();
        }, 0),
      );
    }
    if (!window.__benchListComplete && listsAll()) {
      window.__benchListComplete = { at: Date.now(), sinceNavigation: performance.now() };
    }
    if (window.__benchFirstRows && window.__benchListComplete) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

interface RunResult {
  ms: number;
  domMs: number;
  /** Until the count shows every contact: the whole list is read and in the table. */
  completeMs: number;
  sinceNavigationMs: number;
  heap: Awaited<ReturnType<PageSession['heap']>>;
  seed: unknown;
}

async function oneRun({ browser, baseURL, quiet }: BenchEnv, size: number): Promise<RunResult> {
  const context = await browser.newContext({ baseURL, viewport: APP_VIEWPORT, locale: 'uk-UA', serviceWorkers: 'block' });
  try {
    const bench = await PageSession.openBench(context);
    const seed = await bench.call('seedApp', size);
    await bench.close();

    const app = await PageSession.open(context);
    await app.page.addInitScript(watchList, { wanted: FIRST_ROWS, total: size });
    await quiet.wait();
    const start = Date.now();
    await app.page.goto('/#/contacts', { waitUntil: 'commit' });
    const waitFor = (predicate: () => boolean) =>
      app.page.waitForFunction(predicate, undefined, { timeout: STEP_TIMEOUT_MS, polling: 20 });
    await waitFor(() => window.__benchFirstRows?.paintedAt !== undefined);
    // The screen must list every contact, not just show the first ones: its count says so.
    await waitFor(() => window.__benchListComplete !== undefined);
    const [mark, complete] = await app.page.evaluate(() => [window.__benchFirstRows, window.__benchListComplete] as const);
    if (!mark?.paintedAt || mark.paintedSinceNavigation === undefined || !complete) throw new Error('no first-rows mark');
    await app.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
    const heap = await app.heap();
    app.throwIfErrors();
    return {
      ms: mark.paintedAt - start,
      domMs: mark.domAt - start,
      completeMs: complete.at - start,
      sinceNavigationMs: mark.paintedSinceNavigation,
      heap,
      seed,
    };
  } finally {
    await context.close();
  }
}

export async function benchFirstRows(env: BenchEnv): Promise<void> {
  const { report } = env;
  const runs: Record<number, RunResult[]> = {};
  for (const size of SIZES) {
    runs[size] = [];
    for (let run = 0; run < runsFor(size); run++) runs[size].push(await oneRun(env, size));
  }
  report.details.firstRows = runs;

  const times = (size: number) => runs[size].map((run) => run.ms);
  const completeTimes = (size: number) => runs[size].map((run) => run.completeMs);
  const heaps = (size: number) => runs[size].map((run) => run.heap.usedMiB);
  for (const size of SIZES) {
    report.add({
      benchmark: `2 first ${FIRST_ROWS} rows: n / ${SMALLEST / 1000}k`,
      size,
      unit: 'ms',
      measured: times(size),
      baseline: size === SMALLEST ? undefined : times(SMALLEST),
      target: size === LARGEST && size !== SMALLEST ? TARGETS.firstRowsRatio : undefined,
    });
  }
  for (const size of SIZES) {
    report.add({
      benchmark: `  all n listed (count shown): n / ${SMALLEST / 1000}k`,
      size,
      unit: 'ms',
      measured: completeTimes(size),
      baseline: size === SMALLEST ? undefined : completeTimes(SMALLEST),
    });
  }
  for (const size of SIZES) {
    report.add({
      benchmark: `4 heap after GC, contacts screen: n / ${SMALLEST / 1000}k`,
      size,
      unit: 'MiB',
      measured: heaps(size),
      baseline: size === SMALLEST ? undefined : heaps(SMALLEST),
    });
  }
}
