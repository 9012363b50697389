/**
 * Runs in the app page (as an init script for a cold load, or just before an in-app
 * navigation): notes when every expected meeting title (and follow-up) is in the DOM, then
 * painted. Titles carry a unique number ("№ 01234", "No. 01234"), follow-ups a reference
 * ("ref. 01234-2"), so one regex pass over the text finds them in any UI language; the pass
 * runs only once the first and the last expected ones are there, so while the screen is
 * loading a check costs one `textContent`.
 */

export interface ScreenWatchArgs {
  /** Meeting numbers ("01234") and follow-up references ("01234-2") the screen must show. */
  tokens: string[];
  /** SCREEN_TOKEN's source: functions sent to the page cannot import it. */
  pattern: string;
  /** A User Timing mark to put at the painted moment, for a trace of the opening. */
  paintMark?: string;
}

export interface ScreenMark {
  /** performance.now() when the watch started (0 for a cold load: navigation start). */
  startedAt: number;
  /** When every expected title was first in the DOM. */
  domAt?: number;
  /** After the frame that shows them (rAF, then a task). */
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

export function watchScreen({ tokens, pattern, paintMark }: ScreenWatchArgs, startedAt = 0): void {
  const want = new Set(tokens);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const mark: ScreenMark = { startedAt, checks: 0, fullChecks: 0 };
  window.__benchScreen = mark;
  const complete = (): boolean => {
    mark.checks++;
    const text = document.body?.textContent ?? '';
    if (!text.includes(first) || !text.includes(last)) return false;
    mark.fullChecks++;
    const found = new Set<string>();
    for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
      const token = match[1] ?? match[2];
      if (want.has(token)) found.add(token);
    }
    return found.size === want.size;
  };
  const observer = new MutationObserver(() => {
    if (!complete()) return;
    observer.disconnect();
    mark.domAt = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        mark.paintedAt = performance.now();
        if (paintMark) performance.mark(paintMark);
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
