/**
 * The document writers that are loaded on first use (docx, exceljs, papaparse: about 1 MB that
 * the first screen does without). A browser that loaded the web build from a server cannot
 * fetch them once the network is gone, and exports are exactly what a delegation makes offline
 * at a venue; so the web build loads them in the background once the app has been idle a while.
 * The desktop app reads them from its own files and never needs this.
 */
export const LAZY_EXPORT_BUILDERS: readonly (() => Promise<unknown>)[] = [
  () => import('#shared/exports/report-docx'),
  () => import('#shared/exports/contacts-csv'),
  () => import('#shared/exports/contacts-xlsx'),
  () => import('#shared/agreements/agreement-docx'),
];

/** Long enough after start that opening the first screens is never slowed by it. */
export const WARM_UP_DELAY_MS = 15_000;

interface IdleScheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestIdleCallback?(callback: () => void, options?: { timeout: number }): unknown;
}

/**
 * Loads each writer after `delayMs`, one per idle period, so no single task grows long. Returns
 * a cancel function. A failed load (already offline) is left for the export to report.
 */
export function warmUpExportBuilders(
  builders: readonly (() => Promise<unknown>)[] = LAZY_EXPORT_BUILDERS,
  scheduler: IdleScheduler = globalThis as unknown as IdleScheduler,
  delayMs = WARM_UP_DELAY_MS,
): () => void {
  let cancelled = false;
  const whenIdle = (next: () => void) => {
    if (scheduler.requestIdleCallback) scheduler.requestIdleCallback(next, { timeout: 5_000 });
    else scheduler.setTimeout(next, 0);
  };
  const loadFrom = (index: number) => {
    if (cancelled || index >= builders.length) return;
    void builders[index]!()
      .catch(() => undefined)
      .then(() => whenIdle(() => loadFrom(index + 1)));
  };
  const timer = scheduler.setTimeout(() => whenIdle(() => loadFrom(0)), delayMs);
  return () => {
    cancelled = true;
    scheduler.clearTimeout(timer);
  };
}
