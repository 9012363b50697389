import type { BrowserContext } from '@playwright/test';
import { STEP_TIMEOUT_MS } from './bench-config';
import { PageSession } from './bench-session';
import type { BenchEnv } from './bench-env';
import { observeMainThread, type Observation } from './main-thread';
import { BENCH_SEED } from './page/bench-api';
import { TYPED_BURSTS, Typist } from './typing';

/**
 * The main-thread cost of typing into a meeting's notes (TipTap, autosaved 600 ms after the
 * last change, a crash draft written on every change): three bursts of ~100 characters, each
 * followed by a pause in which the autosave must store what was typed. The baseline is the same
 * typing, with the same delays and pauses, into a plain <textarea> added to the same page.
 */

/** Longer than the 600 ms debounce plus the write, so every burst ends in a save. */
const PAUSE_MS = 1_500;
/** How long a burst's text may take to reach IndexedDB before the run fails. */
const SAVE_TIMEOUT_MS = 5_000;

export interface TypingSession extends Observation {
  /** Per burst: from the last key to the notes found stored with the burst's text. */
  saveLatencyMs: number[];
}

export interface TypingRun {
  editor: TypingSession;
  textarea: TypingSession;
  order: string;
  /** The edit page before typing: elements, and options kept mounted in closed dropdowns. */
  page: { domNodes: number; options: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Text content of stored HTML, whitespace collapsed, for comparing with what was typed. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Polls the bench page (another renderer) until the meeting's stored notes hold `typed`. */
async function waitUntilStored(bench: PageSession, meetingId: string, typed: string, lastKeyAt: number): Promise<number> {
  const wanted = plainText(typed);
  for (;;) {
    const { notes } = await bench.call('readMeeting', meetingId);
    if (plainText(notes).includes(wanted)) return Date.now() - lastKeyAt;
    if (Date.now() - lastKeyAt > SAVE_TIMEOUT_MS) {
      throw new Error(`autosave: ${SAVE_TIMEOUT_MS} ms after the last key the stored notes still lack the typed text «${wanted.slice(-60)}»`);
    }
    await sleep(100);
  }
}

async function typeBursts(
  env: BenchEnv,
  app: PageSession,
  run: number,
  afterBurst: (typed: string, lastKeyAt: number) => Promise<number | null>,
): Promise<TypingSession> {
  const typist = new Typist(app.cdp, BENCH_SEED + run);
  const saveLatencyMs: number[] = [];
  let typed = '';
  const observation = await observeMainThread(env.browser, app.page, async (mark) => {
    for (const [i, burst] of TYPED_BURSTS.entries()) {
      await typist.type(burst);
      typed += burst;
      const lastKeyAt = Date.now();
      await mark(`pause-${i}-start`);
      const latency = await afterBurst(typed, lastKeyAt);
      if (latency !== null) saveLatencyMs.push(latency);
      await sleep(Math.max(0, lastKeyAt + PAUSE_MS - Date.now()));
      await mark(`pause-${i}-end`);
    }
  });
  return { ...observation, saveLatencyMs };
}

async function typeIntoEditor(env: BenchEnv, app: PageSession, bench: PageSession, meetingId: string, run: number): Promise<TypingSession> {
  await app.page.click('.ProseMirror');
  await app.page.keyboard.press('Control+End');
  await env.quiet.wait();
  return typeBursts(env, app, run, (typed, lastKeyAt) => waitUntilStored(bench, meetingId, typed, lastKeyAt));
}

async function typeIntoTextarea(env: BenchEnv, app: PageSession, run: number): Promise<TypingSession> {
  await app.page.evaluate(() => {
    const textarea = document.createElement('textarea');
    textarea.id = 'bench-baseline';
    Object.assign(textarea.style, { position: 'fixed', top: '80px', left: '260px', width: '640px', height: '240px', zIndex: '10000' });
    document.body.append(textarea);
    textarea.focus();
  });
  await env.quiet.wait();
  const session = await typeBursts(env, app, run, async () => null);
  const value = await app.page.evaluate(() => {
    const textarea = document.getElementById('bench-baseline') as HTMLTextAreaElement;
    textarea.remove();
    return textarea.value;
  });
  if (value !== TYPED_BURSTS.join('')) throw new Error(`the baseline textarea holds «${value.slice(0, 80)}…», not what was typed`);
  return session;
}

/** Opens the meeting's edit page in a new page and waits until its notes are in the editor. */
async function openEditor(context: BrowserContext, env: BenchEnv, meetingId: string, notes: string): Promise<PageSession> {
  const app = await PageSession.open(context);
  await app.page.goto(`/#/meetings/${meetingId}/edit`);
  const tail = plainText(notes).slice(-40);
  await app.page.waitForFunction(
    (text) => (document.querySelector('.ProseMirror')?.textContent ?? '').replace(/\s+/g, ' ').includes(text),
    tail,
    { timeout: STEP_TIMEOUT_MS },
  );
  await app.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
  await env.quiet.wait();
  return app;
}

/** One run: notes reset to the seeded ones, a fresh app page, editor and textarea in alternating order. */
export async function typingRun(env: BenchEnv, context: BrowserContext, bench: PageSession, meetingId: string, run: number): Promise<TypingRun> {
  await bench.call('resetMeetingNotes', meetingId);
  // Crash drafts of the last run would otherwise be offered back to the editor.
  await bench.page.evaluate(() => localStorage.clear());
  const { notes } = await bench.call('readMeeting', meetingId);
  const app = await openEditor(context, env, meetingId, notes);
  try {
    const page = await app.page.evaluate(() => ({
      domNodes: document.getElementsByTagName('*').length,
      options: document.querySelectorAll('[role=option]').length,
    }));
    const order = run % 2 === 0 ? (['editor', 'textarea'] as const) : (['textarea', 'editor'] as const);
    const sessions: Partial<Record<'editor' | 'textarea', TypingSession>> = {};
    for (const kind of order) {
      sessions[kind] = kind === 'editor' ? await typeIntoEditor(env, app, bench, meetingId, run) : await typeIntoTextarea(env, app, run);
      await env.quiet.wait();
    }
    app.throwIfErrors();
    return { editor: sessions.editor!, textarea: sessions.textarea!, order: order.join(' → '), page };
  } finally {
    await app.close();
  }
}
