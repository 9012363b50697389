// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, type Rendered } from '../../test-support/render';
import { useRevealCount } from './use-reveal-count';

let mounted: Rendered | null = null;

function Probe({ total, first, step, subject }: { total: number; first: number; step: number; subject?: string }) {
  return <output>{useRevealCount(total, first, step, subject)}</output>;
}

const shown = () => Number(mounted!.container.querySelector('output')!.textContent);
/** One step: the frame that paints what is there, then the task that adds more. */
const nextStep = async () => {
  await act(async () => vi.advanceTimersByTime(16));
  await act(async () => vi.advanceTimersByTime(5));
};

describe('useRevealCount', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }));
  afterEach(async () => {
    await mounted?.unmount();
    mounted = null;
    vi.useRealTimers();
  });

  it('shows the first screen at once, then grows by a step per task up to the total', async () => {
    mounted = await render(<Probe total={20} first={6} step={6} />);
    expect(shown()).toBe(6);
    await nextStep();
    expect(shown()).toBe(12);
    await nextStep();
    await nextStep();
    expect(shown()).toBe(20);
    await nextStep();
    expect(shown()).toBe(20);
  });

  it('never reports more than the total', async () => {
    mounted = await render(<Probe total={3} first={6} step={6} />);
    expect(shown()).toBe(3);
  });

  it('starts over from the first screen for a new subject', async () => {
    mounted = await render(<Probe total={30} first={5} step={10} subject="a" />);
    await nextStep();
    expect(shown()).toBe(15);
    await mounted.rerender(<Probe total={30} first={5} step={10} subject="b" />);
    expect(shown()).toBe(5);
  });
});
