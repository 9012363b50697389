import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { STEP_TIMEOUT_MS } from './bench-config';
import { SEARCH_READY_MARK } from '../../renderer/search/search-protocol';
import { PageSession } from './bench-session';
import type { BrowserQuiet } from './browser-quiet';
import { SCREEN_TOKEN } from './fixtures/meeting-notes';
import type { ExpectedList } from './page/meetings-api';
import { traceMainThread, type TraceTasks } from './main-thread';
import { watchScreen, type ScreenMark, type ScreenWatchArgs } from './screen-watch';

/**
 * Opening a screen that lists meetings, measured two ways in fresh pages of the app:
 * - in-app: the app has loaded on another screen (Settings) and gone idle; the hash changes,
 *   as a click on a link does. From the hash change to the frame that shows every expected
 *   meeting (and follow-up): what a user perceives as opening the screen.
 * - cold: a new page loads the screen's URL. From navigation start to the same frame: HTML,
 *   JS parse, boot, opening the database and the screen itself.
 */

export interface ScreenTarget {
  name: 'timeline' | 'agenda';
  /** Hash route, e.g. "#/contacts/01J…". */
  hash: string;
  /** Every meeting the screen lists, in its order. */
  expected: ExpectedList;
  /** How many of them it shows on opening (a timeline shows its newest page, then more on request). */
  shown: number;
  /** How many of those it draws first, in one task, before drawing the rest task by task. */
  firstScreen: number;
  /** Whether the screen must show the open follow-ups of the meetings it shows. */
  withFollowUps: boolean;
  /** The screen's order: newest first (timeline) or programme order (agenda). */
  order: 'desc' | 'asc';
}

export interface OpenResult {
  /** To the painted first screen: what a user perceives as opening the screen. */
  ms: number;
  domMs: number;
  /** To the painted screen with everything it shows on opening. */
  completeMs: number;
  checks: number;
  fullChecks: number;
  domNodes: number;
  /** In-app only: the page's main thread from the hash change to the complete screen (the first screen as a marked window). */
  mainThread?: TraceTasks;
}

/** In the page: `window.__benchWatchScreen`, for in-app navigations. */
const WATCH_SOURCE = `window.__benchWatchScreen = ${watchScreen.toString()};`;
const NEUTRAL_HASH = '#/settings';

/** The first `count` meetings, and their open follow-ups if the screen shows those. */
function tokensOf(target: ScreenTarget, count: number): string[] {
  const meetings = target.expected.tokens.slice(0, count);
  const shown = new Set(meetings);
  const followUps = target.withFollowUps ? target.expected.openFollowUps.filter((ref) => shown.has(ref.split('-')[0])) : [];
  return [...meetings, ...followUps];
}

export function watchArgs(target: ScreenTarget): ScreenWatchArgs {
  return { firstTokens: tokensOf(target, Math.min(target.firstScreen, target.shown)), tokens: tokensOf(target, target.shown), pattern: SCREEN_TOKEN.source };
}

async function waitForMark(page: Page): Promise<ScreenMark> {
  await page.waitForFunction(() => window.__benchScreen?.paintedAt !== undefined && window.__benchScreen.firstPaintedAt !== undefined, undefined, { timeout: STEP_TIMEOUT_MS, polling: 20 });
  const mark = await page.evaluate(() => window.__benchScreen);
  if (!mark?.firstDomAt || mark.firstPaintedAt === undefined || mark.paintedAt === undefined) throw new Error('no screen mark');
  return mark;
}

/**
 * The screen shows exactly the expected meetings, in its order. A meeting may be named more
 * than once (a clash note names the other meeting), so the check is that one mention of each
 * can be chosen so that they follow the order: meetings in the same slot in any order.
 */
async function checkShown(page: Page, target: ScreenTarget): Promise<void> {
  const text = await page.evaluate(() => document.body.textContent ?? '');
  const expected = target.expected.tokens;
  const keyOf = new Map(expected.map((token, i) => [token, target.expected.keys[i]]));
  const mentions = new Map<string, number[]>();
  let position = 0;
  for (const match of text.matchAll(new RegExp(SCREEN_TOKEN.source, 'g'))) {
    const token = match[1];
    if (token === undefined || !keyOf.has(token)) continue;
    mentions.set(token, [...(mentions.get(token) ?? []), position++]);
  }
  if (mentions.size !== target.shown) {
    throw new Error(`${target.name}: the screen shows ${mentions.size} of the ${expected.length} meetings on opening, the bench expects ${target.shown}`);
  }
  const shown = expected.slice(0, target.shown);
  let previousSlot = -1;
  let slotEnd = -1;
  for (let i = 0; i < shown.length; i++) {
    if (i > 0 && keyOf.get(shown[i]) !== keyOf.get(shown[i - 1])) previousSlot = slotEnd;
    const at = mentions.get(shown[i])?.find((p) => p > previousSlot);
    if (at === undefined) {
      throw new Error(`${target.name}: meeting ${shown[i]} (${keyOf.get(shown[i])}) is out of ${target.order === 'asc' ? 'programme order' : 'newest-first order'} on screen`);
    }
    slotEnd = Math.max(slotEnd, at);
  }
}

async function finish(app: PageSession, target: ScreenTarget, mark: ScreenMark): Promise<OpenResult> {
  const domNodes = await app.page.evaluate(() => document.getElementsByTagName('*').length);
  await checkShown(app.page, target);
  app.throwIfErrors();
  return { ms: mark.firstPaintedAt! - mark.startedAt, domMs: mark.firstDomAt! - mark.startedAt, completeMs: mark.paintedAt! - mark.startedAt, checks: mark.checks, fullChecks: mark.fullChecks, domNodes };
}

/** Opens the app on Settings and waits until it has rendered, built its search index and the browser is idle. */
export async function openAppIdle(context: BrowserContext, quiet: BrowserQuiet): Promise<PageSession> {
  const app = await PageSession.open(context);
  await app.page.addInitScript({ content: WATCH_SOURCE });
  await app.page.goto(`/${NEUTRAL_HASH}`);
  await app.page.waitForFunction(() => (document.querySelector('main')?.textContent ?? '').trim() !== '', undefined, { timeout: STEP_TIMEOUT_MS });
  // At rest means after the search worker, which starts 2 s after the first screen and reads
  // every record, has built its index: an opening measured while it reads measures the two.
  await app.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SEARCH_READY_MARK, { timeout: STEP_TIMEOUT_MS, polling: 100 });
  await app.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
  await quiet.wait();
  app.throwIfErrors();
  return app;
}

/**
 * From the idle app on Settings: the hash changes to the screen, traced (the main thread's
 * CPU time tells the screen's own work from the machine's load); back to Settings afterwards.
 */
export async function openInApp(browser: Browser, app: PageSession, target: ScreenTarget, quiet: BrowserQuiet): Promise<OpenResult> {
  const id = `bench-open-${Date.now()}`;
  const marks = { start: `${id}-start`, end: `${id}-complete`, first: `${id}-first` };
  let mark: ScreenMark | undefined;
  const profiling = process.env.BENCH_PROFILE === '1';
  if (profiling) {
    await app.cdp.send('Profiler.enable');
    await app.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await app.cdp.send('Profiler.start');
  }
  const mainThread = await traceMainThread(
    browser,
    app.page,
    async () => {
      await app.page.evaluate(
        ([args, hash, startMark]) => {
          performance.mark(startMark);
          const start = performance.now();
          (window as unknown as { __benchWatchScreen: typeof watchScreen }).__benchWatchScreen(args, start);
          location.hash = hash;
        },
        [{ ...watchArgs(target), paintMarks: { first: marks.first, complete: marks.end } }, target.hash, marks.start] as const,
      );
      mark = await waitForMark(app.page);
    },
    { start: marks.start, end: marks.end, windows: [[marks.start, marks.first]] },
  );
  if (profiling) await saveProfile(app, target);
  const result = { ...(await finish(app, target, mark!)), mainThread };
  await app.page.evaluate((hash) => (location.hash = hash), NEUTRAL_HASH);
  const first = target.expected.tokens[0];
  await app.page.waitForFunction((token) => !(document.body.textContent ?? '').includes(token), first, { timeout: STEP_TIMEOUT_MS });
  await quiet.wait();
  return result;
}

/**
 * With BENCH_PROFILE=1, a CPU profile of each in-app opening (to the complete screen) goes to
 * test/bench/results/, to open in Chromium's DevTools when a figure needs explaining.
 */
async function saveProfile(app: PageSession, target: ScreenTarget): Promise<void> {
  const { profile } = await app.cdp.send('Profiler.stop');
  const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  const file = path.join(folder, `profile-${target.name}-${Date.now()}.cpuprofile`);
  await mkdir(folder, { recursive: true });
  await writeFile(file, JSON.stringify(profile));
  console.log(`CPU profile: ${file}`);
}

/** A new page loads the screen's URL. */
export async function openCold(context: BrowserContext, target: ScreenTarget, quiet: BrowserQuiet): Promise<OpenResult> {
  const app = await PageSession.open(context);
  try {
    await app.page.addInitScript({ content: `(${watchScreen.toString()})(${JSON.stringify(watchArgs(target))}, 0);` });
    await quiet.wait();
    await app.page.goto(`/${target.hash}`, { waitUntil: 'commit' });
    return await finish(app, target, await waitForMark(app.page));
  } finally {
    await app.close();
  }
}
