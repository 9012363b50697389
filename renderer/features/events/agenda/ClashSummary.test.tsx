// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '../../../test-support/render';
import { ClashSummary } from './ClashSummary';

/** The text the user sees: Mantine's injected style sheet aside. */
const visibleText = (container: HTMLElement) =>
  [...container.childNodes].filter((node) => node.nodeName !== 'STYLE').map((node) => node.textContent).join('');

describe('ClashSummary', () => {
  it('says there are no clashes only once meetings outside the event were checked', async () => {
    const pending = await render(<ClashSummary count={0} complete={false} />);
    expect(visibleText(pending.container)).toBe('');
    await pending.unmount();
    const checked = await render(<ClashSummary count={0} complete />);
    expect(visibleText(checked.container)).toContain('No clashes');
    await checked.unmount();
  });

  it('shows the clashes found so far before the check is complete', async () => {
    const pending = await render(<ClashSummary count={2} complete={false} />);
    expect(pending.container.querySelector('[role="alert"]')?.textContent).toContain('2');
    await pending.unmount();
  });
});
