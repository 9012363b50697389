import { useEffect, useState } from 'react';

/**
 * How many items of a long screen to draw so far: `first` at once (the first screen), then
 * `step` more per task after each paint until `total`. Opening an agenda of 120 meetings
 * draws what fits the window in one short task instead of every card in one long one, and
 * the rest follows in tasks small enough to keep the page answering (each step is one task,
 * so input and paints go between them).
 */
export function useRevealCount(total: number, first: number, step: number, resetKey?: unknown): number {
  const [state, setState] = useState({ key: resetKey, count: first });
  // A new subject (another event or contact) starts over from its first screen.
  const count = state.key === resetKey ? state.count : first;
  if (state.key !== resetKey) setState({ key: resetKey, count: first });

  useEffect(() => {
    if (count >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that shows what is there, then a task: the first screen paints first.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setState((current) => ({ ...current, count: current.count + step })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [count, total, step]);

  return Math.min(count, total);
}
