// @vitest-environment jsdom
import { act } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { spotlight } from '@mantine/spotlight';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementInput } from '#shared/domain/agreement';
import { newRecordId } from '#shared/domain/ids';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { SearchIndex } from '#shared/search/search-index';
import { testWorkspaces, TEST_START } from '../../data/test-workspaces';
import type { Workspace } from '../../data/workspace';
import { WorkspaceProvider } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { SearchProvider } from '../../search';
import type { SearchClient } from '../../search/search-client';
import { IndexSync } from '../../search/worker/index-sync';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { GlobalSearch } from './GlobalSearch';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;
let sync: IndexSync | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'uk' });
});

afterEach(async () => {
  await act(async () => spotlight.close());
  await mounted?.unmount();
  mounted = null;
  sync?.stop();
  sync = null;
});

const twinning = (kalushId: string): AgreementInput => ({
  kind: 'twinningAgreement',
  title: { uk: 'Угода про побратимство', en: 'Twinning Agreement' },
  languages: ['uk', 'en'],
  parties: [{ id: newRecordId(), organizationId: kalushId, name: {}, signatories: [] }],
  signingPlace: { uk: 'Калуш', en: 'Kalush' },
  signingDate: '2023-04-12',
  status: 'draft',
  statusHistory: [{ status: 'draft', at: TEST_START }],
  meetingIds: [],
  notes: '',
  clauses: [
    {
      id: newRecordId(),
      kind: 'section',
      heading: {},
      text: { uk: 'Сторони розвивають молодіжні обміни.', en: 'The Parties develop youth exchanges.' },
      status: { uk: 'current', en: 'current' },
      libraryId: null,
      comments: [],
    },
  ],
  templateId: null,
});

/** A client over an index kept by IndexSync in the page, as the worker keeps its own. */
async function indexedClient(workspace: Workspace): Promise<SearchClient> {
  const index = new SearchIndex();
  sync = new IndexSync(workspace.db, index);
  await sync.start();
  return {
    ready: Promise.resolve({ documents: index.size, buildMs: 0 }),
    search: async (query, options) => index.search(query, options),
    onIndexed: () => () => {},
    dispose: () => {},
  };
}

function Location() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('GlobalSearch: agreements', () => {
  it('lists an agreement found by a clause word in its own group, and opens it', async () => {
    let clock = TEST_START;
    const workspace = openWorkspace(() => ++clock);
    const kalush = await workspace.organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Калуська міська рада', ru: '', en: 'Kalush City Council' } });
    const agreement = await workspace.agreements.create(twinning(kalush.id));
    const client = await indexedClient(workspace);

    mounted = await render(
      <WorkspaceProvider workspace={workspace}>
        <MemoryRouter>
          <SearchProvider client={client}>
            <GlobalSearch />
            <Location />
          </SearchProvider>
        </MemoryRouter>
      </WorkspaceProvider>,
      'uk',
    );
    await act(async () => spotlight.open());
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('input[aria-label="Пошук людей, організацій, зустрічей, подій і угод будь-якою мовою"]');
      if (!found) throw new Error('no search box');
      return found;
    });
    await type(input, 'молодіжні');

    const group = await waitFor(() => {
      const found = document.querySelector('[role="group"][aria-label="Угоди"]');
      if (!found) throw new Error('no agreements group');
      return found;
    });
    expect(group.textContent).toContain('Угода про побратимство');
    expect(group.textContent).toContain('Чернетка · Калуська міська рада · 12 квіт. 2023 р.');
    expect(group.textContent).toContain('Twinning Agreement');

    const action = group.querySelector<HTMLButtonElement>('button')!;
    await act(async () => action.click());
    expect(document.querySelector('[data-testid="location"]')!.textContent).toBe(`/agreements/${agreement.id}`);
  });
});
