/**
 * Runs in the app page (as an init script for a cold load, or just before an in-app
 * navigation): notes when the first screen's meeting titles (and follow-ups) are in the DOM,
 * then painted, and the same for everything the screen shows on opening. Titles carry a
 * unique number ("№ 01234", "No. 01234"), follow-ups a reference ("ref. 01234-2"), so one
 * regex pass over the text finds them in any UI language; a pass runs only once the first
 * and the last wanted ones are there, so while the screen is loading a check costs one
 * `textContent`.
 */

export interface ScreenWatchArgs {
  /** Meeting numbers ("01234") and follow-up references ("01234-2") of the first screen. */
  firstTokens: string[];
  /** Everything the screen shows on opening, once it has drawn it all (includes firstTokens). */
  tokens: string[];
  /** SCREEN_TOKEN's source: functions sent to the page cannot import it. */
  pattern: string;
  /** User Timing marks to put when the first screen and the whole screen are painted, for a trace of the opening. */
  paintMarks?: { first: string; complete: string };
}

export interface ScreenMark {
  /** performance.now() when the watch started (0 for a cold load: navigation start). */
  startedAt: number;
  /** When the first screen's titles were first in the DOM. */
  firstDomAt?: number;
  /** After the frame that shows them (rAF, then a task). */
  firstPaintedAt?: number;
  /** The same for every title the screen shows on opening. */
  domAt?: number;
  paintedAt?: number;
  /** Mutation batches checked, to show the watch's own cost is small. */
  checks: number;
  fullChecks: number;
}

declare global {
  interface Window {
    __benchScreen?: ScreenMark;
  }
}

export function watchScreen({ firstTokens, tokens, pattern, paintMarks }: ScreenWatchArgs, startedAt = 0): void {
  const mark: ScreenMark = { startedAt, checks: 0, fullChecks: 0 };
  window.__benchScreen = mark;
  const shows = (wanted: readonly string[], text: string): boolean => {
    if (!text.includes(wanted[0]) || !text.includes(wanted[wanted.length - 1])) return false;
    mark.fullChecks++;
    const want = new Set(wanted);
    const found = new Set<string>();
    for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
      const token = match[1] ?? match[2];
      if (want.has(token)) found.add(token);
    }
    return found.size === want.size;
  };
  const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));
  const check = (): void => {
    mark.checks++;
    const text = document.body?.textContent ?? '';
    if (mark.firstDomAt === undefined) {
      if (!shows(firstTokens, text)) return;
      mark.firstDomAt = performance.now();
      afterPaint(() => {
        mark.firstPaintedAt = performance.now();
        if (paintMarks) performance.mark(paintMarks.first);
      });
    }
    if (!shows(tokens, text)) return;
    observer.disconnect();
    mark.domAt = performance.now();
    afterPaint(() => {
      mark.paintedAt = performance.now();
      if (paintMarks) performance.mark(paintMarks.complete);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
