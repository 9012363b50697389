import { MEETING_SIZES, MEETING_TARGETS, STEPS } from './bench-config';
import type { TypingRun, TypingSession } from './autosave';
import type { OpenResult } from './open-screens';
import type { OpenQuery, OpenQueryMethod } from './page/meetings-api';
import type { BenchReport } from './report';

/** The report rows of the meetings benchmarks (6 timeline, 7 agenda, 8 autosave). */

export interface ScreenRuns {
  /** Milliseconds per run, measured inside the bench page. */
  queries: Record<OpenQuery, Record<OpenQueryMethod, number[]>>;
  inApp: Record<OpenQuery, OpenResult[]>;
  cold: Record<OpenQuery, OpenResult[]>;
}

const LARGEST = Math.max(...MEETING_SIZES);
const SMALLEST = Math.min(...MEETING_SIZES);
const k = (n: number) => `${n / 1000}k`;

const NUMBERS: Record<OpenQuery, string> = { timeline: '6', agenda: '7' };
const LABELS: Record<OpenQuery, string> = { timeline: 'contact timeline', agenda: 'event agenda' };

export function reportScreens(report: BenchReport, screens: Record<number, ScreenRuns>): void {
  for (const query of ['timeline', 'agenda'] as const) {
    if (!STEPS.has(query)) continue;
    const label = `${NUMBERS[query]} ${LABELS[query]}`;
    const inApp = (size: number) => screens[size].inApp[query].map((run) => run.ms);
    const cold = (size: number) => screens[size].cold[query].map((run) => run.ms);
    const queries = (size: number, method: OpenQueryMethod) => screens[size].queries[query][method];
    for (const size of MEETING_SIZES) {
      const largest = size === LARGEST && size !== SMALLEST;
      report.add({
        benchmark: `${label}, in-app open (first screen painted): n / ${k(SMALLEST)}`,
        size,
        unit: 'ms',
        measured: inApp(size),
        baseline: size === SMALLEST ? undefined : inApp(SMALLEST),
        target: largest ? MEETING_TARGETS.openRatio : undefined,
        limit: size === LARGEST ? MEETING_TARGETS.openMs : undefined,
      });
    }
    for (const size of MEETING_SIZES) {
      const complete = screens[size].inApp[query].map((run) => run.completeMs);
      report.add({ benchmark: `  ${query}: in-app, whole ${query === 'agenda' ? 'programme' : 'first page'} painted / first screen`, size, unit: 'ms', measured: complete, baseline: inApp(size) });
    }
    for (const size of MEETING_SIZES) {
      // The rest is drawn in steps so the page keeps answering while it fills in.
      const longest = screens[size].inApp[query].map((run) => run.mainThread?.longestMs ?? Number.NaN);
      report.add({ benchmark: `  ${query}: longest main-thread task until complete / first screen`, size, unit: 'ms', measured: longest, baseline: inApp(size) });
    }
    for (const size of MEETING_SIZES) {
      report.add({ benchmark: `  ${query}: in-app open / naive-scan read`, size, unit: 'ms', measured: inApp(size), baseline: queries(size, 'naive') });
    }
    for (const size of MEETING_SIZES) {
      report.add({ benchmark: `  ${query} data: screen's read / naive scan`, size, unit: 'ms', measured: queries(size, 'app'), baseline: queries(size, 'naive') });
    }
    for (const size of MEETING_SIZES) {
      report.add({ benchmark: `  ${query} data: raw IndexedDB indexes / screen's read`, size, unit: 'ms', measured: queries(size, 'raw'), baseline: queries(size, 'app') });
    }
    for (const size of MEETING_SIZES) {
      const cpu = screens[size].inApp[query].map((run) => run.mainThread?.busyInMarkedCpuMs ?? Number.NaN);
      report.add({ benchmark: `  ${query}: in-app open, main-thread CPU / wall time`, size, unit: 'ms', measured: cpu, baseline: inApp(size) });
    }
    for (const size of MEETING_SIZES) {
      report.add({ benchmark: `  ${query}: cold page load (JS boot incl.) / in-app`, size, unit: 'ms', measured: cold(size), baseline: inApp(size) });
    }
  }
}

type Pick = (session: TypingSession) => number;

export function reportAutosave(report: BenchReport, typing: Record<number, TypingRun[]>): void {
  if (!STEPS.has('autosave')) return;
  const rows: { benchmark: string; unit: 'ms' | 'count'; pick: Pick; limit?: number }[] = [
    { benchmark: '8 autosave typing: longest main-thread task, editor / textarea', unit: 'ms', pick: (s) => s.trace.longestMs, limit: MEETING_TARGETS.taskMs },
    { benchmark: '8 autosave typing: tasks over 50 ms, editor / textarea', unit: 'count', pick: (s) => s.trace.over50, limit: 0 },
    { benchmark: '  autosave: longest task in the pauses (saves), editor / textarea', unit: 'ms', pick: (s) => s.trace.longestInMarkedMs },
    { benchmark: '  autosave: Long Tasks API entries, editor / textarea', unit: 'count', pick: (s) => s.page.longTasks.length },
    { benchmark: '  autosave: longest task in thread CPU time, editor / textarea', unit: 'ms', pick: (s) => s.trace.longestCpuMs },
    { benchmark: '  autosave: tasks over 50 ms of thread CPU time, editor / textarea', unit: 'count', pick: (s) => s.trace.over50Cpu },
    { benchmark: '  autosave: slowest key handler (Event Timing), editor / textarea', unit: 'ms', pick: (s) => s.page.slowestHandlingMs },
    { benchmark: '  autosave: longest gap between frames, editor / textarea', unit: 'ms', pick: (s) => s.page.longestFrameGapMs },
    { benchmark: '  autosave: main thread busy while typing, editor / textarea', unit: 'ms', pick: (s) => s.trace.busyMs },
    { benchmark: '  autosave: main thread CPU while typing, editor / textarea', unit: 'ms', pick: (s) => s.trace.busyCpuMs },
  ];
  for (const row of rows) {
    for (const size of MEETING_SIZES) {
      const runs = typing[size];
      report.add({
        benchmark: row.benchmark,
        size,
        unit: row.unit,
        measured: runs.map((run) => row.pick(run.editor)),
        baseline: runs.map((run) => row.pick(run.textarea)),
        limit: row.limit,
      });
    }
  }
  for (const size of MEETING_SIZES) {
    report.add({ benchmark: '  autosave: last key → notes stored (600 ms debounce incl.)', size, unit: 'ms', measured: typing[size].flatMap((run) => run.editor.saveLatencyMs) });
  }
}
