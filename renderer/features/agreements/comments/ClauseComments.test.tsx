// @vitest-environment jsdom
import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseComment } from '#shared/domain/agreement';
import { useUiStore } from '../../../app/ui-store';
import { render, waitFor, type Rendered } from '../../../test-support/render';
import { ClauseComments } from './ClauseComments';
import { unresolvedCount } from './comment-thread';

let mounted: Rendered | null = null;
/** What the last onChange handed back: the thread as the clause would store it. */
let latest: ClauseComment[] = [];

beforeEach(() => {
  localStorage.clear();
  useUiStore.setState({ language: 'en', reviewerName: '' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const AT = Date.UTC(2026, 2, 3, 10, 30);
const comment = (id: string, text: string, resolved: boolean, at = AT): ClauseComment => ({ id, author: 'Olena', at, text, resolved });

/** The component is controlled: the owner keeps the thread, as the clause editor does. */
function Owner({ initial }: { initial: ClauseComment[] }) {
  const [comments, setComments] = useState(initial);
  return (
    <ClauseComments
      comments={comments}
      onChange={(next) => {
        latest = next;
        setComments(next);
      }}
    />
  );
}

async function mount(initial: ClauseComment[]) {
  latest = initial;
  mounted = await render(<Owner initial={initial} />);
}

const articles = () => [...document.querySelectorAll('article')];
const articleTexts = () => articles().map((a) => a.querySelector('.pre-wrap')?.textContent);

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = found ? document.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error(`no field “${label}”`);
  return input;
}

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = input instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (target: HTMLElement) => act(async () => target.click());
const visible = (element: Element) => !element.closest('[aria-hidden="true"]') && !element.closest('[style*="display: none"]');

describe('ClauseComments', { timeout: 15_000 }, () => {
  it('adds a comment signed with the reviewer’s name, and remembers the name', async () => {
    await mount([]);
    expect(document.body.textContent).toContain('No comments yet.');
    await type(field('Your name'), 'Taras Melnyk');
    await type(field('Comment'), 'Check the English of “energy efficiency”.');
    await click(button('Add comment'));

    await waitFor(() => expect(articleTexts()).toEqual(['Check the English of “energy efficiency”.']));
    expect(latest).toHaveLength(1);
    expect(latest[0]).toMatchObject({ author: 'Taras Melnyk', text: 'Check the English of “energy efficiency”.', resolved: false });
    expect(latest[0]!.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(articles()[0]!.textContent).toContain('Taras Melnyk');
    expect(field('Comment').value).toBe('');
    expect(useUiStore.getState().reviewerName).toBe('Taras Melnyk');
    expect(JSON.parse(localStorage.getItem('delegation-desk.ui')!).state.reviewerName).toBe('Taras Melnyk');
  });

  it('refuses an empty comment with a translated message', async () => {
    await mount([]);
    await type(field('Comment'), '   ');
    await click(button('Add comment'));
    await waitFor(() => expect(document.body.textContent).toContain('Required.'));
    expect(latest).toEqual([]);
  });

  it('resolves a comment, folds it under a count, and reopens it', async () => {
    await mount([comment('01J0000000000000000000000A', 'First remark', false), comment('01J0000000000000000000000B', 'Second remark', false, AT + 60_000)]);
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(AT);
    expect(articles()[0]!.textContent).toContain(date);

    await click(button(`Resolve the comment by Olena, ${date}`));
    expect(latest.map((c) => c.resolved)).toEqual([true, false]);
    expect(unresolvedCount(latest)).toBe(1);
    const toggle = await waitFor(() => button('Show 1 resolved comment'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(articleTexts().filter((_, i) => visible(articles()[i]!))).toEqual(['Second remark']);

    await click(toggle);
    await waitFor(() => expect(button('Hide 1 resolved comment').getAttribute('aria-expanded')).toBe('true'));
    await click(button(`Reopen the comment by Olena, ${date}`));
    expect(latest.map((c) => c.resolved)).toEqual([false, false]);
    await waitFor(() => expect(articleTexts()).toEqual(['First remark', 'Second remark']));
    expect(() => button('Hide 1 resolved comment')).toThrow();
  });
});

describe('unresolvedCount', () => {
  it('counts the comments nobody has resolved', () => {
    expect(unresolvedCount([])).toBe(0);
    expect(unresolvedCount([comment('a', 'x', true), comment('b', 'y', false), comment('c', 'z', false)])).toBe(2);
  });
});
