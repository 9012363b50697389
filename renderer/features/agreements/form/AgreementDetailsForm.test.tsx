// @vitest-environment jsdom
import { act } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatesProvider } from '@mantine/dates';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { agreementFromTemplate } from '#shared/agreements/templates';
import type { Agreement } from '#shared/domain/agreement';
import { testWorkspaces } from '../../../data/test-workspaces';
import { WorkspaceProvider } from '../../../data/workspace-context';
import { useAgreement } from '../../../data/agreement-queries';
import type { Workspace } from '../../../data/workspace';
import { PlatformProvider } from '../../../platform/platform-context';
import { detectPlatform } from '../../../platform/platform';
import { useUiStore } from '../../../app/ui-store';
import { render, waitFor, type Rendered } from '../../../test-support/render';
import { useEditingSession } from '../use-editing-session';
import { AgreementDetailsForm } from './AgreementDetailsForm';

/**
 * The "Parties & signing" tab as the page holds it: one editing session, whose snapshot comes
 * before the first change, and the repository's own version before a language (and its text)
 * is dropped. One change leaves one version; a language dropped after other edits still has a
 * version holding its text.
 */

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;
const FRENCH_CLAUSE = 'Les parties échangent leur expérience dans le domaine de l’efficacité énergétique.';

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  localStorage.clear();
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

function Details({ id }: { id: string }) {
  const agreement = useAgreement(id);
  return agreement ? <Loaded agreement={agreement} /> : null;
}

function Loaded({ agreement }: { agreement: Agreement }) {
  const session = useEditingSession(agreement.id);
  return <AgreementDetailsForm agreement={agreement} session={session} />;
}

/** A twinning agreement of Kalush and Zaporizhzhia in Ukrainian, English and French, its tab open. */
async function mountTrilingual(): Promise<{ workspace: Workspace; agreement: Agreement }> {
  const workspace = openWorkspace(Date.now);
  const { organizations, agreements } = workspace;
  const kalush = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Калуська міська рада', ru: '', en: 'Kalush City Council' } });
  const zaporizhzhia = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Запорізька міська рада', ru: '', en: 'Zaporizhzhia City Council' } });
  const draft = agreementFromTemplate('twinningAgreement', {
    languages: ['uk', 'en', 'fr'],
    parties: [
      { organizationId: kalush.id, signatoryContactIds: [] },
      { organizationId: zaporizhzhia.id, signatoryContactIds: [] },
    ],
    library: [],
    at: Date.now(),
  });
  const created = await agreements.create({ ...draft, title: { ...draft.title, fr: 'Accord de jumelage' } });
  const agreement = await agreements.updateClauses(
    created.id,
    created.clauses.map((clause, index) => (index === 2 ? { ...clause, text: { ...clause.text, fr: FRENCH_CLAUSE } } : clause)),
  );
  const router = createMemoryRouter([{ path: '*', element: <Details id={agreement.id} /> }], { initialEntries: [`/agreements/${agreement.id}`] });
  mounted = await render(
    <DatesProvider settings={{ locale: 'en', firstDayOfWeek: 1 }}>
      <PlatformProvider platform={detectPlatform({})}>
        <WorkspaceProvider workspace={workspace}>
          <RouterProvider router={router} />
        </WorkspaceProvider>
      </PlatformProvider>
    </DatesProvider>,
  );
  await waitFor(() => removeButton('French (fr)'), 10_000);
  return { workspace, agreement };
}

function removeButton(language: string): HTMLButtonElement {
  const label = `Remove ${language}`;
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button “${label}”`);
  return found;
}

function input(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll<HTMLInputElement>('input')].find((field) => field.labels?.[0]?.textContent?.replace(/\s*\*$/, '') === label);
  if (!found) throw new Error(`no field “${label}”`);
  return found;
}

async function type(field: HTMLInputElement, value: string) {
  await act(async () => {
    field.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Retries an async check (letting timers and live queries run, inside act) until it passes. */
async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await act(check);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
    }
  }
}

const languagesOf = async (workspace: Workspace, id: string) => (await workspace.agreements.get(id))!.languages;

describe('AgreementDetailsForm: versions when the languages change', { timeout: 30_000 }, () => {
  it('keeps one version of the text before French is dropped, with the French in it', async () => {
    const { workspace, agreement } = await mountTrilingual();
    await act(async () => removeButton('French (fr)').click());

    await eventually(async () => expect(await languagesOf(workspace, agreement.id)).toEqual(['uk', 'en']));
    const stored = await workspace.agreements.get(agreement.id);
    expect(stored!.clauses[2]!.text.fr).toBeUndefined();
    const versions = await workspace.agreementVersions.list(agreement.id);
    expect(versions.map((version) => version.reason)).toEqual(['beforeEditing']);
    expect(versions[0]!.content.languages).toEqual(['uk', 'en', 'fr']);
    expect(versions[0]!.content.clauses[2]!.text.fr).toBe(FRENCH_CLAUSE);
  });

  it('keeps the French text changed since the session’s first snapshot before dropping it', async () => {
    const { workspace, agreement } = await mountTrilingual();
    // The session's first change: the English title. The state before it is kept once.
    await type(input('Title (English)'), 'Twinning Agreement between Kalush and Zaporizhzhia');
    await eventually(async () => expect((await workspace.agreements.get(agreement.id))!.title.en).toBe('Twinning Agreement between Kalush and Zaporizhzhia'));
    expect((await workspace.agreementVersions.list(agreement.id)).map((version) => version.content.title.en)).toEqual([agreement.title.en]);

    // Then the French of clause 3 reworded in the editor, and French taken away here.
    const reworded = 'Les parties échangent leur expérience et leurs bonnes pratiques.';
    const current = (await workspace.agreements.get(agreement.id))!;
    await workspace.agreements.updateClauses(
      agreement.id,
      current.clauses.map((clause, index) => (index === 2 ? { ...clause, text: { ...clause.text, fr: reworded } } : clause)),
    );
    await act(async () => removeButton('French (fr)').click());
    await eventually(async () => expect(await languagesOf(workspace, agreement.id)).toEqual(['uk', 'en']));

    const versions = await workspace.agreementVersions.list(agreement.id);
    expect(versions.map((version) => version.reason)).toEqual(['beforeEditing', 'beforeEditing']);
    expect(versions[0]!.content.clauses[2]!.text.fr).toBe(reworded);
    expect(versions[0]!.content.title.en).toBe('Twinning Agreement between Kalush and Zaporizhzhia');
    expect(versions[1]!.content.clauses[2]!.text.fr).toBe(FRENCH_CLAUSE);
  });
});
