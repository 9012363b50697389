// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEEDED_LIBRARY } from '#shared/agreements/clause-library';
import { testWorkspaces } from '../../../data/test-workspaces';
import { WorkspaceProvider } from '../../../data/workspace-context';
import { useUiStore } from '../../../app/ui-store';
import { render, waitFor, type Rendered } from '../../../test-support/render';
import { ClauseLibraryPage } from './ClauseLibraryPage';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function mountLibrary() {
  const workspace = openWorkspace(Date.now);
  mounted = await render(
    <MemoryRouter>
      <WorkspaceProvider workspace={workspace}>
        <ClauseLibraryPage />
      </WorkspaceProvider>
    </MemoryRouter>,
  );
  await waitFor(() => expect(cards()).toHaveLength(SEEDED_LIBRARY.length), 10_000);
  return workspace;
}

const cards = () => [...document.querySelectorAll('section article')];
const card = (name: string) => cards().find((c) => c.getAttribute('aria-label') === name);
const categoryHeadings = () => [...document.querySelectorAll('section h2')].map((h) => h.textContent);

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s*\*$/, '') === label);
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
const financing = SEEDED_LIBRARY.find((clause) => clause.category === 'financing')!;

// A dialog of six large fields is slow to render in jsdom, the more so beside other test files.
describe('ClauseLibraryPage', { timeout: 20_000 }, () => {
  it('groups the seeded clauses by translated category, and searches all three languages', async () => {
    await mountLibrary();
    expect(categoryHeadings()).toEqual(expect.arrayContaining(['Preamble', 'Areas of cooperation', 'Financing', 'Languages and authenticity', 'Signatures']));
    expect(categoryHeadings().indexOf('Preamble')).toBeLessThan(categoryHeadings().indexOf('Signatures'));

    await type(field('Search the library'), financing.text.uk.split(/\s+/).slice(0, 3).join(' '));
    await waitFor(() => expect(categoryHeadings()).toEqual(['Financing']));
    await type(field('Search the library'), 'no such words anywhere');
    await waitFor(() => expect(document.body.textContent).toContain('No clause matches “no such words anywhere”.'));
  });

  it('rewords a seeded clause in three columns, and resets it to the default text', async () => {
    const { clauseLibrary } = await mountLibrary();
    await click(button(`Edit “${financing.heading.en}”`));
    const english = await waitFor(() => field('Text (English)'));
    expect(english.value).toBe(financing.text.en);
    expect(field('Text (Ukrainian)').value).toBe(financing.text.uk);
    expect(field('Heading (Russian)').value).toBe(financing.heading.ru);
    await type(english, 'Each Party bears its own costs unless the Parties agree otherwise in writing.');
    await click(button('Save'));

    await waitFor(() => expect(card(financing.heading.en)?.textContent).toContain('reworded'));
    expect((await clauseLibrary.get(financing.id))?.text.en).toBe('Each Party bears its own costs unless the Parties agree otherwise in writing.');

    await click(button(`Reset “${financing.heading.en}” to the default text`));
    await waitFor(() => expect(document.querySelector('[role="dialog"]')?.textContent).toContain('Your wording of'));
    await click(button('Reset'));
    await waitFor(() => expect(card(financing.heading.en)?.textContent).toContain('built in'));
    expect(await clauseLibrary.get(financing.id)).toEqual(financing);
  });

  it('adds a clause of the user’s own, refusing one without text, and moves it to the Trash', async () => {
    const { clauseLibrary } = await mountLibrary();
    await click(button('Add a clause'));
    await waitFor(() => field('Heading (Ukrainian)'));
    await click(button('Save'));
    await waitFor(() => expect(document.body.textContent).toContain('Enter the text in at least one language.'));

    await type(field('Heading (Ukrainian)'), 'Велосипедна інфраструктура');
    await type(field('Text (Ukrainian)'), 'Сторони обмінюються досвідом будівництва велодоріжок.');
    await type(field('Heading (English)'), 'Cycling infrastructure');
    await click(button('Save'));
    await waitFor(() => expect(card('Cycling infrastructure')?.textContent).toContain('your own'));
    expect(cards()).toHaveLength(SEEDED_LIBRARY.length + 1);
    const [own] = (await clauseLibrary.entries()).filter((entry) => entry.origin === 'own');
    expect(own?.clause).toMatchObject({ category: 'areas', heading: { uk: 'Велосипедна інфраструктура', ru: '', en: 'Cycling infrastructure' } });

    await click(button('Move “Cycling infrastructure” to the Trash'));
    await waitFor(() => expect(cards()).toHaveLength(SEEDED_LIBRARY.length), 10_000);
    expect((await clauseLibrary.listTrashed()).map((row) => row.id)).toEqual([own!.clause.id]);
  });
});
