// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEEDED_TOPICS } from '#shared/domain/topics';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { TopicsSettings } from './TopicsSettings';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function mountSettings() {
  const workspace = openWorkspace(Date.now);
  mounted = await render(
    <WorkspaceProvider workspace={workspace}>
      <TopicsSettings />
    </WorkspaceProvider>,
  );
  await waitFor(() => expect(rows()).toHaveLength(SEEDED_TOPICS.length));
  return workspace;
}

const rows = () => [...document.querySelectorAll('section tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

function field(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s*\*$/, '') === label);
  const input = found ? document.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no field “${label}”`);
  return input;
}

/** Types as a user does: React listens for the input event, with the value set natively. */
async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (target: HTMLElement) => act(async () => target.click());

describe('TopicsSettings', () => {
  it('lists the seeded vocabulary in uk, ru and en', async () => {
    await mountSettings();
    expect(rows()[0]).toEqual(['Кібербезпека', 'Кибербезопасность', 'Cybersecurity', 'built in', 'Relabel']);
  });

  it('relabels a seeded topic, and offers its original label back', async () => {
    const { topics } = await mountSettings();
    await click(button('Relabel the topic “IT”'));
    const english = await waitFor(() => field('Topic (English)'));
    expect(english.value).toBe('IT');
    await type(english, 'Information technology');
    await waitFor(() => button('Restore the original label'));
    await click(button('Save'));

    await waitFor(() => expect(rows().find((r) => r[0] === 'ІТ')).toEqual(['ІТ', 'ИТ', 'Information technology', 'built in', 'Relabel']));
    expect((await topics.list()).find((t) => t.id === 'it')?.label.en).toBe('Information technology');

    await click(button('Relabel the topic “Information technology”'));
    await click(await waitFor(() => button('Restore the original label')));
    expect(field('Topic (English)').value).toBe('IT');
  });

  it('adds a topic of the user’s own, refusing one without any label', async () => {
    const { topics } = await mountSettings();
    await click(button('Add a topic'));
    await waitFor(() => field('Topic (Ukrainian)'));
    await click(button('Save'));
    await waitFor(() => expect(document.body.textContent).toContain('Enter a name in at least one language.'));
    expect(await topics.list()).toHaveLength(SEEDED_TOPICS.length);

    await type(field('Topic (Ukrainian)'), 'Велосипеди');
    await type(field('Topic (English)'), 'Bicycles');
    await click(button('Save'));
    await waitFor(() => expect(rows().at(-1)).toEqual(['Велосипеди', '—', 'Bicycles', 'added', 'Relabel']));
    expect((await topics.list()).at(-1)?.label).toEqual({ uk: 'Велосипеди', ru: '', en: 'Bicycles' });
  });
});
