// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatesProvider } from '@mantine/dates';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import type { Workspace } from '../../data/workspace';
import { PlatformProvider } from '../../platform/platform-context';
import { detectPlatform } from '../../platform/platform';
import { useUiStore } from '../../app/ui-store';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { FollowUpsPanel } from './FollowUpsPanel';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  localStorage.clear();
  // jsdom has no font loading API; the growing textarea listens to it.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { value: { addEventListener() {}, removeEventListener() {} }, configurable: true });
  }
});
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

/** Kharkiv: the council secretary met the Belgian ambassador about IT and bicycles. */
async function kharkiv() {
  const workspace = openWorkspace(Date.now);
  const secretary = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Ihor Terekhov', ourStaff: true });
  const ambassador = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Alex Lenaerts' });
  const meeting = await workspace.meetings.create({
    ...emptyMeetingInput(),
    title: { uk: '', ru: '', en: 'IT and bicycle manufacturing' },
    date: '2026-05-20',
    startTime: '15:00',
    endTime: '16:00',
    timeZone: 'Europe/Kyiv',
    ourParticipantIds: [secretary.id],
    theirParticipantIds: [ambassador.id],
  });
  return { workspace, meeting, secretary, ambassador };
}

async function mountPanel(workspace: Workspace, meeting: Awaited<ReturnType<typeof kharkiv>>['meeting']) {
  await mounted?.unmount();
  mounted = await render(
    <DatesProvider settings={{ locale: 'en', firstDayOfWeek: 1 }}>
      <MemoryRouter>
        <PlatformProvider platform={detectPlatform({})}>
          <WorkspaceProvider workspace={workspace}>
            <FollowUpsPanel meeting={meeting} />
          </WorkspaceProvider>
        </PlatformProvider>
      </MemoryRouter>
    </DatesProvider>,
  );
  return mounted.container;
}

/** Types into a field the way React sees typing: the native setter, then an input event. */
async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  await act(async () => {
    setter.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const addForm = (panel: HTMLElement) => panel.querySelector<HTMLFormElement>('form[aria-label="New follow-up"]')!;
const whatField = (panel: HTMLElement) => addForm(panel).querySelector('textarea')!;
const dueField = (panel: HTMLElement) =>
  [...addForm(panel).querySelectorAll('input')].find((input) => input.closest('.mantine-InputWrapper-root')?.textContent?.includes('Due date'))!;

async function submit(panel: HTMLElement) {
  await act(async () => {
    addForm(panel).requestSubmit();
  });
}

describe('FollowUpsPanel', () => {
  it('says which field is wrong, in words, and keeps what was typed', async () => {
    const { workspace, meeting } = await kharkiv();
    const panel = await mountPanel(workspace, meeting);
    await waitFor(() => expect(addForm(panel)).toBeTruthy());

    await type(whatField(panel), 'Send the forum programme to the embassy');
    await submit(panel);

    await waitFor(() => expect(panel.textContent).toContain('An open follow-up needs a due date.'));
    expect(whatField(panel).value).toBe('Send the forum programme to the embassy');
    expect(await workspace.db.followUps.count()).toBe(0);
  });

  it('asks for the text first when nothing was written', async () => {
    const { workspace, meeting } = await kharkiv();
    const panel = await mountPanel(workspace, meeting);
    await waitFor(() => expect(addForm(panel)).toBeTruthy());
    await submit(panel);
    await waitFor(() => expect(addForm(panel).textContent).toContain('Required.'));
  });

  it('brings back unsaved typing after the window was closed', async () => {
    const { workspace, meeting } = await kharkiv();
    const panel = await mountPanel(workspace, meeting);
    await waitFor(() => expect(addForm(panel)).toBeTruthy());
    await type(whatField(panel), 'Invite the ambassador to the infrastructure forum');

    const reopened = await mountPanel(workspace, meeting);
    await waitFor(() => expect(whatField(reopened).value).toBe('Invite the ambassador to the infrastructure forum'));
  });

  it('adds a follow-up owned by the first of ours and lists it', async () => {
    const { workspace, meeting, secretary } = await kharkiv();
    const panel = await mountPanel(workspace, meeting);
    await waitFor(() => expect(addForm(panel)).toBeTruthy());
    await type(whatField(panel), 'Send the forum programme');
    await type(dueField(panel), '30.11.2026');
    await submit(panel);

    await waitFor(() => expect(panel.querySelector('table')?.textContent).toContain('Send the forum programme'));
    const [stored] = await workspace.db.followUps.toArray();
    expect(stored).toMatchObject({ what: 'Send the forum programme', ownerId: secretary.id, dueDate: '2026-11-30', status: 'open' });
    expect(whatField(panel).value).toBe('');
  });
});
