// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { agreementFromTemplate } from '#shared/agreements/templates';
import { numberClauses } from '#shared/agreements/clause-numbering';
import type { Agreement } from '#shared/domain/agreement';
import { testWorkspaces } from '../../../data/test-workspaces';
import { WorkspaceProvider } from '../../../data/workspace-context';
import { useAgreement } from '../../../data/agreement-queries';
import { useUiStore } from '../../../app/ui-store';
import type { Workspace } from '../../../data/workspace';
import { render, waitFor, type Rendered } from '../../../test-support/render';
import { useEditingSession } from '../use-editing-session';
import { ClauseEditor } from './ClauseEditor';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => {
  // jsdom has no font loading; Mantine's autosizing textarea listens for it.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
  }
  useUiStore.setState({ language: 'en' });
  localStorage.clear();
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

function Editor({ id }: { id: string }) {
  const agreement = useAgreement(id);
  return agreement ? <Loaded agreement={agreement} /> : null;
}

function Loaded({ agreement }: { agreement: Agreement }) {
  const session = useEditingSession(agreement.id);
  return <ClauseEditor agreement={agreement} session={session} library={[]} />;
}

/** A twinning agreement between Kalush and Zaporizhzhia city councils, in Ukrainian and English. */
async function mountTwinning(): Promise<{ workspace: Workspace; agreement: Agreement }> {
  const workspace = openWorkspace(Date.now);
  const { organizations, contacts, agreements } = workspace;
  const kalush = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Калуська міська рада', ru: '', en: 'Kalush City Council' } });
  const zaporizhzhia = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Запорізька міська рада', ru: '', en: '' } });
  const mayor = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Андрій Найда', organizationId: kalush.id });
  const agreement = await agreements.create(
    agreementFromTemplate('twinningAgreement', {
      languages: ['uk', 'en'],
      parties: [
        { organizationId: kalush.id, signatoryContactIds: [mayor.id] },
        { organizationId: zaporizhzhia.id, signatoryContactIds: [] },
      ],
      library: [],
      at: Date.now(),
    }),
  );
  mounted = await render(
    <WorkspaceProvider workspace={workspace}>
      <Editor id={agreement.id} />
    </WorkspaceProvider>,
  );
  await waitFor(() => textArea('Clause 3, Ukrainian text'), 10_000);
  return { workspace, agreement };
}

const queryLabel = (label: string) => [...document.querySelectorAll<HTMLElement>('[aria-label]')].find((element) => element.getAttribute('aria-label') === label) ?? null;

function byLabel<T extends HTMLElement>(label: string): T {
  const found = queryLabel(label);
  if (!found) throw new Error(`nothing labelled “${label}”`);
  return found as T;
}

const textArea = (label: string) => byLabel<HTMLTextAreaElement>(label);

/** Types as a user does: focus, then the input event React listens for, with the value set natively. */
async function type(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  await act(async () => {
    field.focus();
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (target: HTMLElement) => act(async () => target.click());

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button, [role="menuitem"]')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

/** The number cell of every row shown, in order ("—" for a preamble). */
const numbersShown = () => [...document.querySelectorAll('[role="rowheader"]')].map((cell) => cell.querySelector('p')?.textContent);

/** Retries an async check (letting timers and live queries run) until it passes. */
async function eventually(check: () => Promise<void>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
    }
  }
}

/** Opens the actions menu of `clause` ("Clause 3") and picks `item`, then waits for the menu to close. */
async function chooseAction(clause: string, item: string): Promise<void> {
  await click(button(`Actions for ${clause}`));
  await click(await waitFor(() => button(item)));
  await waitFor(() => expect(document.querySelector('[role="menu"]')).toBeNull());
}

const storedClauses = async (workspace: Workspace, id: string) => (await workspace.agreements.get(id))!.clauses;

describe('ClauseEditor', { timeout: 30_000 }, () => {
  it('shows the clauses side by side, numbered, with a column per language', async () => {
    const { agreement } = await mountTwinning();
    const headers = [...document.querySelectorAll('[role="columnheader"]')].map((cell) => cell.textContent);
    expect(headers).toEqual(['No.', 'Ukrainian', 'English', 'Actions']);
    expect(numbersShown()).toEqual(numberClauses(agreement.clauses).map((number) => number || '—'));
    expect(textArea('Clause 3, English text').getAttribute('lang')).toBe('en');
    expect(textArea('Clause 3, Ukrainian text').value).toBe(agreement.clauses[numberClauses(agreement.clauses).indexOf('3.')]!.text.uk);
  });

  it('marks the other language as needing an update when one is edited, and saves it after a pause', async () => {
    const { workspace, agreement } = await mountTwinning();
    const index = numberClauses(agreement.clauses).indexOf('3.');
    expect(queryLabel('Clause 3: confirm the English translation')).toBeNull();

    await type(textArea('Clause 3, Ukrainian text'), 'Сторони обмінюються досвідом у сфері енергоефективності.');
    expect(button('Clause 3: confirm the English translation')).toBeTruthy();
    expect(queryLabel('Clause 3: confirm the Ukrainian translation')).toBeNull();
    expect(document.body.textContent).toContain('1 clause needs update');

    // Saved after the debounce; the state before the edit was kept as a version first.
    await eventually(async () => expect((await storedClauses(workspace, agreement.id))[index]?.status).toEqual({ uk: 'current', en: 'needsUpdate' }));
    await waitFor(() => expect(document.body.textContent).toContain('Saved'));
    const stored = await storedClauses(workspace, agreement.id);
    expect(stored[index]?.text.uk).toBe('Сторони обмінюються досвідом у сфері енергоефективності.');
    const versions = await workspace.agreementVersions.list(agreement.id);
    expect(versions.map((version) => version.reason)).toEqual(['beforeEditing']);
    expect(versions[0]?.content.clauses).toEqual(agreement.clauses);
  });

  it('counts a catch-up of the language behind as one edit, and confirm clears the mark', async () => {
    const { workspace, agreement } = await mountTwinning();
    const index = numberClauses(agreement.clauses).indexOf('3.');
    await type(textArea('Clause 3, Ukrainian text'), 'Новий текст.');
    const english = textArea('Clause 3, English text');
    // Typing the English catch-up letter by letter never marks the Ukrainian as behind.
    await type(english, 'N');
    await type(english, 'New text.');
    expect(queryLabel('Clause 3: confirm the Ukrainian translation')).toBeNull();
    expect(queryLabel('Clause 3: confirm the English translation')).toBeNull();

    await type(textArea('Clause 3, Ukrainian text'), 'Новий текст, уточнений.');
    await click(button('Clause 3: confirm the English translation'));
    expect(queryLabel('Clause 3: confirm the English translation')).toBeNull();
    expect(document.body.textContent).toContain('All languages in step');
    await eventually(async () => expect((await storedClauses(workspace, agreement.id))[index]?.text.uk).toBe('Новий текст, уточнений.'));
    expect((await storedClauses(workspace, agreement.id))[index]?.status).toEqual({ uk: 'current', en: 'current' });
  });

  it('filters to the clauses out of step', async () => {
    const { agreement } = await mountTwinning();
    await type(textArea('Clause 3, Ukrainian text'), 'Змінено.');
    await type(textArea('Clause 1, English text'), 'Changed.');
    const filter = document.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await click(filter);
    expect(numbersShown()).toEqual(['1.', '3.']);
    await click(filter);
    expect(numbersShown()).toHaveLength(agreement.clauses.length);
  });

  it('renumbers the clauses after a move', async () => {
    const { agreement } = await mountTwinning();
    const before = numberClauses(agreement.clauses);
    const firstSubclause = agreement.clauses.findIndex((clause) => clause.kind === 'subclause');
    const label = `Clause ${before[firstSubclause]!.replace(/\.$/, '')}`;
    const text = agreement.clauses[firstSubclause]!.text.en;

    await click(button(`Actions for ${label}`));
    await click(await waitFor(() => button('Move up')));
    // The sub-clause now stands before its section, so it opens a section of its own.
    const moved = numberClauses([
      ...agreement.clauses.slice(0, firstSubclause - 1),
      agreement.clauses[firstSubclause]!,
      agreement.clauses[firstSubclause - 1]!,
      ...agreement.clauses.slice(firstSubclause + 1),
    ]);
    expect(numbersShown()).toEqual(moved.map((number) => number || '—'));
    expect(textArea(`Clause ${moved[firstSubclause - 1]!.replace(/\.$/, '')}, English text`).value).toBe(text);
  });

  it('inserts, splits and deletes clauses from a row’s menu, renumbering the rest, and saves the result', async () => {
    const { workspace, agreement } = await mountTwinning();
    const index = numberClauses(agreement.clauses).indexOf('3.');
    const third = agreement.clauses[index]!;
    const fourth = agreement.clauses[index + 1]!;

    // An empty section below clause 3 becomes clause 4; the old clause 4 is now 5.
    await chooseAction('Clause 3', 'Insert clause below');
    expect(numbersShown()).toHaveLength(agreement.clauses.length + 1);
    expect(textArea('Clause 4, Ukrainian text').value).toBe('');
    expect(textArea('Clause 5, English text').value).toBe(fourth.text.en);

    // Deleting it, after confirming, numbers everything as before.
    await chooseAction('Clause 4', 'Delete clause…');
    await click(await waitFor(() => button('Delete')));
    await waitFor(() => expect(numbersShown()).toEqual(numberClauses(agreement.clauses).map((number) => number || '—')));
    expect(textArea('Clause 4, English text').value).toBe(fourth.text.en);

    // Split at the cursor in the Ukrainian text: the rest becomes clause 4, both English texts behind.
    const ukrainian = textArea('Clause 3, Ukrainian text');
    const cut = third.text.uk!.indexOf(' ', Math.floor(third.text.uk!.length / 2));
    await act(async () => {
      ukrainian.focus();
      ukrainian.setSelectionRange(cut, cut);
      ukrainian.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    });
    await chooseAction('Clause 3', 'Split at the cursor');
    expect(textArea('Clause 3, Ukrainian text').value).toBe(third.text.uk!.slice(0, cut));
    expect(textArea('Clause 4, Ukrainian text').value).toBe(third.text.uk!.slice(cut + 1));
    expect(textArea('Clause 3, English text').value).toBe(third.text.en);
    expect(textArea('Clause 4, English text').value).toBe('');
    expect(button('Clause 3: confirm the English translation')).toBeTruthy();
    expect(button('Clause 4: confirm the English translation')).toBeTruthy();
    expect(textArea('Clause 5, English text').value).toBe(fourth.text.en);

    await act(async () => ukrainian.blur());
    await eventually(async () => expect((await storedClauses(workspace, agreement.id)).map((clause) => clause.text.uk)).toEqual([
      ...agreement.clauses.slice(0, index).map((clause) => clause.text.uk),
      third.text.uk!.slice(0, cut),
      third.text.uk!.slice(cut + 1),
      ...agreement.clauses.slice(index + 1).map((clause) => clause.text.uk),
    ]));
  });

  it('previews placeholders resolved in each language, marking a value missing in one of them', async () => {
    await mountTwinning();
    const preview = (lang: string) => textArea(`Preamble, ${lang} text`).closest('[role="cell"]')!.querySelector<HTMLElement>('[role="group"]')!;
    const marks = (lang: string, kind: 'value' | 'missing') => [...preview(lang).querySelectorAll(`mark.clause-preview__${kind}`)].map((mark) => mark.textContent);

    // The preview appears once the parties' records are read.
    await waitFor(() => expect(preview('English').getAttribute('aria-label')).toBe('Preview in English'), 5000);
    expect(marks('Ukrainian', 'value')).toEqual(expect.arrayContaining(['Калуська міська рада', 'Запорізька міська рада']));
    expect(marks('Ukrainian', 'missing')).not.toContain('{{party.B.name}}');
    // Zaporizhzhia's council has no English name in its record: its placeholder stays, flagged.
    expect(marks('English', 'value')).toContain('Kalush City Council');
    expect(marks('English', 'missing')).toContain('{{party.B.name}} (missing in English)');
    expect(preview('English').textContent).not.toContain('Запорізька');
  });

  it('saves a pending edit when the editor closes, and keeps a draft when the window does', async () => {
    const { workspace, agreement } = await mountTwinning();
    const index = numberClauses(agreement.clauses).indexOf('3.');
    await type(textArea('Clause 3, English text'), 'Typed just before closing.');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(localStorage.getItem(`delegation-desk.draft.agreement-clauses:${agreement.id}`)).toContain('Typed just before closing.');
    await mounted?.unmount();
    mounted = null;
    await eventually(async () => expect((await storedClauses(workspace, agreement.id))[index]?.text.en).toBe('Typed just before closing.'));
  });
});
