// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementContent, AgreementInput } from '#shared/domain/agreement';
import { TEST_START, testWorkspaces } from '../../../data/test-workspaces';
import { WorkspaceProvider } from '../../../data/workspace-context';
import { useAgreement } from '../../../data/agreement-queries';
import type { Workspace } from '../../../data/workspace';
import { useUiStore } from '../../../app/ui-store';
import { formatDateTime } from '../../../app/format';
import { render, waitFor, type Rendered } from '../../../test-support/render';
import { VersionsPanel } from './VersionsPanel';
import { AgreementComparePage } from './AgreementComparePage';
import { NEWER, OLDER } from './version-fixtures';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const inputOf = (content: AgreementContent): AgreementInput => ({
  ...content,
  status: 'draft',
  statusHistory: [{ status: 'draft', at: TEST_START }],
  meetingIds: [],
  notes: '',
  templateId: null,
});

function AgreementVersions() {
  const agreement = useAgreement(useParams().id);
  return agreement ? <VersionsPanel agreement={agreement} /> : null;
}

async function mount(workspace: Workspace, path: string) {
  mounted = await render(
    <MemoryRouter initialEntries={[path]}>
      <WorkspaceProvider workspace={workspace}>
        <Routes>
          <Route path="/agreements/:id" element={<AgreementVersions />} />
          <Route path="/agreements/:id/compare" element={<AgreementComparePage />} />
        </Routes>
      </WorkspaceProvider>
    </MemoryRouter>,
  );
}

const versionRows = () => [...document.querySelectorAll('section tbody tr')].map((row) => row.querySelectorAll('td')[1]?.textContent);

function control<T extends HTMLElement>(name: string, selector = 'button'): T {
  const found = [...document.querySelectorAll<T>(selector)].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no ${selector} “${name}”`);
  return found;
}

function field(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = found ? document.getElementById(found.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no field “${label}”`);
  return input;
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (target: HTMLElement) => act(async () => target.click());

describe('VersionsPanel', { timeout: 20_000 }, () => {
  it('saves a named version on Enter, then compares it with the current text', async () => {
    let clock = TEST_START;
    const workspace = openWorkspace(() => clock);
    const agreement = await workspace.agreements.create(inputOf(OLDER));
    await mount(workspace, `/agreements/${agreement.id}`);
    await waitFor(() => expect(versionRows()).toEqual(['Current text']));
    expect(document.body.textContent).toContain('No versions yet.');

    clock += 60_000;
    const name = field('Version name');
    await type(name, 'Sent to Zaporizhzhia');
    // Enter in the name field submits its form.
    await act(async () => name.form!.requestSubmit());
    await waitFor(() => expect(versionRows()).toEqual(['Current text', 'Sent to Zaporizhzhia']));
    expect(name.value).toBe('');
    const [saved] = await workspace.agreementVersions.list(agreement.id);
    expect(saved).toMatchObject({ name: 'Sent to Zaporizhzhia', reason: 'manual', createdAt: TEST_START + 60_000 });

    clock += 60_000;
    // Another window (the editor) changes the text meanwhile.
    await act(async () => {
      await workspace.agreements.updateClauses(agreement.id, NEWER.clauses);
      await workspace.agreements.patch(agreement.id, { title: NEWER.title });
    });

    const compare = control<HTMLButtonElement>('Compare');
    expect(compare.disabled).toBe(true);
    await click(control('Choose “Sent to Zaporizhzhia” for comparison', 'input'));
    await click(control('Choose “Current text” for comparison', 'input'));
    await waitFor(() => expect(compare.disabled).toBe(false));
    await click(compare);

    await waitFor(() => expect(document.querySelector('[role="status"]')?.textContent).toBe('The title changed. 3 clauses changed'));
    expect(document.querySelector('h1')?.textContent).toBe('Compare versions');
    const ins = [...document.querySelectorAll('td[lang="en"] ins')].map((node) => node.textContent);
    expect(ins).toContain('added: and green energy end of change');
  });

  it('restores a version as the draft after asking, keeping the text it replaces as a version', async () => {
    let clock = TEST_START;
    const workspace = openWorkspace(() => clock);
    const agreement = await workspace.agreements.create(inputOf(OLDER));
    await workspace.agreementVersions.save(agreement.id, 'manual', 'First draft');
    clock += 60_000;
    await workspace.agreements.updateClauses(agreement.id, NEWER.clauses);
    await mount(workspace, `/agreements/${agreement.id}`);

    await click(await waitFor(() => control('Restore “First draft” as draft')));
    const dialog = await waitFor(() => {
      const found = document.querySelector('[role="dialog"]');
      if (!found) throw new Error('no dialog');
      return found;
    });
    expect(dialog.textContent).toContain('The text of “First draft” becomes the current text');
    expect(dialog.textContent).toContain('The current text is saved as a version first');
    clock += 60_000;
    await click(control('Restore'));

    await waitFor(() => expect(versionRows()).toEqual(['Current text', 'Before restoring', 'First draft']));
    const restored = await workspace.agreements.get(agreement.id);
    expect(restored?.clauses).toEqual(OLDER.clauses);
    const [beforeRestore] = await workspace.agreementVersions.list(agreement.id);
    expect(beforeRestore?.content.clauses).toEqual(NEWER.clauses);
  });
});

describe('AgreementComparePage', { timeout: 20_000 }, () => {
  it('switches a side with its picker, and shows every clause when asked', async () => {
    let clock = TEST_START;
    const workspace = openWorkspace(() => clock);
    const agreement = await workspace.agreements.create(inputOf(OLDER));
    const first = await workspace.agreementVersions.save(agreement.id, 'manual', 'First draft');
    clock += 60_000;
    await workspace.agreements.updateClauses(agreement.id, NEWER.clauses);
    const second = await workspace.agreementVersions.save(agreement.id, 'beforeEditing');
    await mount(workspace, `/agreements/${agreement.id}/compare?from=${second.id}&to=current`);

    const summary = () => document.querySelector('[role="status"]')?.textContent;
    await waitFor(() => expect(summary()).toBe('No differences: both texts are the same.'));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(0);

    // Every clause, unchanged ones too, with the title row.
    await click(field('Only changed clauses'));
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(1 + NEWER.clauses.length));

    // The older side becomes the first draft.
    await click(field('Older'));
    const option = await waitFor(() => control<HTMLElement>(`First draft · ${formatDateTime(first.createdAt, 'en')}`, '[role="option"]'));
    await click(option);
    await waitFor(() => expect(summary()).toBe('3 clauses changed'));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(1 + NEWER.clauses.length + 1);
  });
});
