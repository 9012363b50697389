import { act } from 'react';
import { vi } from 'vitest';
import type { UiLanguage } from '#shared/domain/lang';
import { emptyLocalized } from '#shared/domain/lang';
import type { ImportDecisions } from '#shared/import/import-plan';
import { useUiStore } from '../../app/ui-store';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import type { Workspace } from '../../data/workspace';
import { ImportClientProvider } from '../../import/import-client-context';
import type { ImportClient, ImportPreview, ImportResult, OpenImportOptions, PreviewCandidate, PreviewPerson } from '../../import/import-protocol';
import { render, type Rendered } from '../../test-support/render';
import { ImportPage } from './ImportPage';

export function person(uk: string, en: string, extra: Partial<PreviewPerson> = {}): PreviewPerson {
  return { name: { ...emptyLocalized(), uk, en }, nameOriginal: '', position: emptyLocalized(), organizationName: '', emails: [], phones: [], ...extra };
}

export function candidate(row: number, uk: string, en: string, extra: Partial<PreviewPerson> = {}): PreviewCandidate {
  return { ...person(uk, en, extra), row, photos: 0 };
}

/** A CSV read as Windows-1251 with a column the reader did not recognise ("Firma"). */
export function csvPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  const preview: Omit<ImportPreview, 'totals'> = {
    sessionId: 'session-1',
    fileName: 'partners.csv',
    format: 'csv',
    table: {
      headers: ['Name', 'E-mail', 'Firma'],
      sampleRows: [
        ['Лисогор Артем', 'artem@example.org', 'ЛОВА'],
        ['Olena Kovalenko', 'olena@example.org', 'Région Hauts-de-France'],
      ],
      rowCount: 4,
      layout: 'generic',
      mapping: ['fullName', 'email', 'ignore'],
      encoding: 'windows-1251',
      delimiter: ';',
    },
    newContacts: [candidate(2, 'Олена Коваленко', 'Olena Kovalenko', { emails: ['olena@example.org'] }), candidate(3, 'Марк Дюбуа', 'Marc Dubois')],
    duplicates: [
      {
        row: 1,
        incoming: candidate(1, 'Артем Лисогор', '', { emails: ['artem@example.org'] }),
        existingId: 'contact-lysohor',
        existing: person('Артем Лисогор', 'Artem Lysohor', { organizationName: 'Luhansk Regional Military Administration' }),
        reasons: ['name'],
      },
      {
        row: 4,
        incoming: candidate(4, 'Жюльєт Дельбе', 'Juliette Delbe', { phones: ['+33 6 12 34 56 78'] }),
        existingId: 'contact-delbe',
        existing: person('Жюльєт Дельбе', 'Juliette Delbe'),
        reasons: ['name', 'phone'],
      },
    ],
    rejected: [{ row: 5, reason: 'noName', excerpt: ';;;' }],
    meetings: [],
    newOrganizationNames: [],
    ...overrides,
  };
  const totals = { newContacts: preview.newContacts.length, duplicates: preview.duplicates.length, rejected: preview.rejected.length, meetings: preview.meetings.length };
  return { totals, ...preview };
}

export const RESULT: ImportResult = { batchId: 'batch-1', added: { contacts: 2, organizations: 1, meetings: 0, attachments: 0 }, merged: 1, skipped: 1 };

export interface FakeClient extends ImportClient {
  opened: { fileName: string; size: number; options: OpenImportOptions | undefined }[];
  reopened: { sessionId: string; options: OpenImportOptions }[];
  applied: { sessionId: string; decisions: ImportDecisions }[];
  closed: string[];
}

interface FakeAnswers {
  open?: (fileName: string) => Promise<ImportPreview>;
  reopen?: (options: OpenImportOptions) => Promise<ImportPreview>;
  apply?: () => Promise<ImportResult>;
}

/** An ImportClient that records what the page asks and answers from the test. */
export function fakeImportClient(answers: FakeAnswers = {}): FakeClient {
  const client: FakeClient = {
    opened: [],
    reopened: [],
    applied: [],
    closed: [],
    open: vi.fn(async (fileName: string, bytes: Uint8Array, options?: OpenImportOptions) => {
      client.opened.push({ fileName, size: bytes.length, options });
      return answers.open ? answers.open(fileName) : csvPreview({ fileName });
    }),
    reopen: vi.fn(async (sessionId: string, options: OpenImportOptions) => {
      client.reopened.push({ sessionId, options });
      return answers.reopen ? answers.reopen(options) : csvPreview();
    }),
    apply: vi.fn(async (sessionId: string, decisions: ImportDecisions) => {
      client.applied.push({ sessionId, decisions });
      return answers.apply ? answers.apply() : RESULT;
    }),
    close: vi.fn((sessionId: string) => {
      client.closed.push(sessionId);
    }),
    dispose: vi.fn(),
  };
  return client;
}

export interface ImportHarness {
  workspace: Workspace;
  client: FakeClient;
  mounted: Rendered;
}

/** For a test file (call at module level): mounts the Import page over a fresh workspace and the given client. */
export function importHarness(): (client: FakeClient, language?: UiLanguage, seed?: (workspace: Workspace) => Promise<void>) => Promise<ImportHarness> {
  const openWorkspace = testWorkspaces();
  return async (client, language = 'en', seed) => {
    useUiStore.setState({ language });
    const workspace = openWorkspace(Date.now);
    // Written before the page opens: a transaction racing the page's live queries in jsdom commits early.
    await seed?.(workspace);
    const mounted = await render(
      <WorkspaceProvider workspace={workspace}>
        <ImportClientProvider client={client}>
          <ImportPage />
        </ImportClientProvider>
      </WorkspaceProvider>,
      language,
    );
    return { workspace, client, mounted };
  };
}

/** Picks a file in the file dialog, as the browser reports it to the hidden input. */
export async function pickFile(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export const csvFile = (name = 'partners.csv') => new File([new TextEncoder().encode('Name;E-mail;Firma\n')], name, { type: 'text/csv' });
