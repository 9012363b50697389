/**
 * Sizes, repetitions and targets of `npm run bench`. BENCH_SIZES (e.g. "1000,10000"),
 * BENCH_RUNS (one number for every size) and BENCH_STEPS shorten a run while working on the
 * benchmarks.
 */

const DEFAULT_SIZES = [1_000, 10_000, 100_000];

export const SIZES: readonly number[] = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map((size) => Number(size.trim()))
  : DEFAULT_SIZES;

/** Medians of 5 at the small sizes, of 3 at 100k, each on a fresh database. */
export function runsFor(size: number): number {
  if (process.env.BENCH_RUNS) return Number(process.env.BENCH_RUNS);
  return size >= 100_000 ? 3 : 5;
}

export const LARGEST = Math.max(...SIZES);
export const SMALLEST = Math.min(...SIZES);

export const TARGETS = {
  /** Repository bulkCreate against a raw put loop. */
  insertRatio: 1.3,
  /** First 50 rows at the largest size against the smallest. */
  firstRowsRatio: 1.5,
  /** Sorting by stored key against sorting with Intl.Collator('uk'). */
  sortRatio: 0.6,
} as const;

/** Rows the contacts table must show before the screen counts as usable. */
export const FIRST_ROWS = 50;

/** Tall enough for the virtualized table to render the first 50 rows without scrolling. */
export const APP_VIEWPORT = { width: 1280, height: 2400 };

export const SORT_MEASURES = [
  'keySort',
  'collatorSort',
  'keyStringSort',
  'rowKeySort',
  'presortedNameSort',
  'indexRead',
  'readAndCollatorSort',
  'storeRead',
  'listLive',
  'listLiveObserved',
  'primaryReadObserved',
  'buildRows',
] as const;

export type BenchStep = 'insert' | 'first-rows' | 'sort' | 'search' | 'timeline' | 'agenda' | 'autosave' | 'report' | 'outbox' | 'import' | 'backup';

const ALL_STEPS: readonly BenchStep[] = ['insert', 'first-rows', 'sort', 'search', 'timeline', 'agenda', 'autosave', 'report', 'outbox', 'import', 'backup'];

/** BENCH_STEPS (e.g. "sort" or "timeline,agenda,autosave") runs only some steps. */
export const STEPS: ReadonlySet<BenchStep> = new Set(
  (process.env.BENCH_STEPS ?? ALL_STEPS.join(',')).split(',').map((step) => {
    const name = step.trim() as BenchStep;
    if (!ALL_STEPS.includes(name)) throw new Error(`BENCH_STEPS: unknown step "${name}" (known: ${ALL_STEPS.join(', ')})`);
    return name;
  }),
);

/**
 * Meetings in the database for the timeline, agenda and autosave steps (issue 4: 1k and 20k,
 * with 2.5 follow-ups per meeting, so 50k at 20k). BENCH_MEETING_SIZES shortens a run.
 */
export const MEETING_SIZES: readonly number[] = process.env.BENCH_MEETING_SIZES
  ? process.env.BENCH_MEETING_SIZES.split(',').map((size) => Number(size.trim()))
  : [1_000, 20_000];

/** Screen openings (in-app and cold) per size, each in a fresh page over the same seeded database. */
export function meetingRunsFor(): number {
  return process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : 5;
}

/** Typing sessions per size (editor and textarea each): each types ~300 characters in ~35 s. */
export function typingRunsFor(): number {
  return process.env.BENCH_RUNS ? Math.min(3, Number(process.env.BENCH_RUNS)) : 3;
}

/**
 * A timeline shows its newest 30 meetings, with their open follow-ups, and more on request
 * (PAGE in renderer/features/follow-ups/MeetingTimeline.tsx): opening it means those 30 on
 * screen, after every meeting of the contact has been read. The bench fails if the screen
 * shows another number on opening, so the two cannot drift apart unnoticed.
 */
export const TIMELINE_FIRST_PAGE = 30;

/**
 * What the screens draw first, in one task, before the rest follows task by task: the
 * timeline's first 8 entries (TIMELINE_FIRST_SCREEN in MeetingTimeline.tsx) and the agenda's
 * first 6 cards (AGENDA_FIRST_SCREEN in events/agenda/Agenda.tsx), more than a laptop window
 * (MEETINGS_VIEWPORT) shows of either. "Open" is that first screen painted; the whole page or
 * programme painted is reported beside it. Should the app draw fewer first, the bench would
 * wait for its next step and report a slower opening, never a faster one.
 */
export const TIMELINE_FIRST_SCREEN = 8;
export const AGENDA_FIRST_SCREEN = 6;

/** A common laptop window: what "the first screen" of the meetings screens has to fill. */
export const MEETINGS_VIEWPORT = { width: 1366, height: 768 };

export const MEETING_TARGETS = {
  /** Opening a contact's timeline or an event's agenda within the app, at the largest size. */
  openMs: 100,
  /** ...and at the largest size against the smallest. */
  openRatio: 2,
  /** No main-thread task over this while typing into the notes with autosave. */
  taskMs: 50,
} as const;

/**
 * Issue 6: a delegation report of a date range holding 200 meetings (notes, people,
 * organizations, follow-ups), read from a database of 1 000 meetings seeded as for the meetings
 * steps, written as DOCX and printed to PDF.
 */
export const REPORT = { meetings: 200, seeded: 1_000 } as const;

export const REPORT_TARGETS = {
  /** buildMeetingReport + reportToDocx. */
  docxMs: 2_000,
  /** buildMeetingReport + reportToHtml, laid out in a page and printed with page.pdf(). */
  pdfMs: 3_000,
} as const;

/** Each figure is a median of this many, each kind in turn. */
export function reportRunsFor(): number {
  return process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : 5;
}

/** Issue 6: small exports (Markdown summaries of 1–4 KB) through the outbox to a local rclone WebDAV server (BENCH_OUTBOX_FILES shortens a run). */
export const OUTBOX = { files: process.env.BENCH_OUTBOX_FILES ? Number(process.env.BENCH_OUTBOX_FILES) : 1_000 } as const;

export const OUTBOX_TARGETS = {
  /** The app's delivery against a bare loop of sequential PUTs of the same files with Node's fetch. */
  deliveryRatio: 1.5,
} as const;

/** Runs of each kind (app, bare loop), each into a fresh folder; every run moves 1 000 files. */
export function outboxRunsFor(): number {
  return process.env.BENCH_RUNS ? Math.min(5, Number(process.env.BENCH_RUNS)) : 3;
}

/**
 * Issue 7: a vCard file of 10 000 cards imported into a workspace holding the sample and 1 000
 * generated contacts (BENCH_IMPORT_CARDS shortens a run).
 */
export const IMPORT = {
  cards: process.env.BENCH_IMPORT_CARDS ? Number(process.env.BENCH_IMPORT_CARDS) : 10_000,
  existing: 1_000,
} as const;

export const IMPORT_TARGETS = {
  /** Open (read, plan) and apply (write, then indexed) against a raw put of the contact records it wrote. */
  ratio: 1.5,
  /** No main-thread task over this during the import. */
  taskMs: 50,
} as const;

/** Imports of each kind (app, raw), each into a fresh database. */
export function importRunsFor(): number {
  return process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : 3;
}

/**
 * Issue 7: backup and restore of a workspace of about 100 000 records: 20 000 meetings with their
 * follow-ups, people and organizations, topped up with contacts (BENCH_BACKUP_RECORDS and
 * BENCH_BACKUP_MEETINGS shorten a run).
 */
export const BACKUP = {
  meetings: process.env.BENCH_BACKUP_MEETINGS ? Number(process.env.BENCH_BACKUP_MEETINGS) : 20_000,
  records: process.env.BENCH_BACKUP_RECORDS ? Number(process.env.BENCH_BACKUP_RECORDS) : 100_000,
} as const;

/** Backups and restores of each kind; a 100 000-record workspace takes a while on 2 cores. */
export function backupRunsFor(): number {
  return process.env.BENCH_RUNS ? Math.min(3, Number(process.env.BENCH_RUNS)) : 2;
}

/** Generous, since 100k contacts on 2 slow cores take a while to write. */
export const STEP_TIMEOUT_MS = 180_000;
