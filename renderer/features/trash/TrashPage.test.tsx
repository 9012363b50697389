// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyEventInput } from '#shared/domain/event';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { emptyFollowUpInput } from '#shared/domain/follow-up';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { TrashPage } from './TrashPage';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

/** A meeting at an event with a follow-up and a file, all in the Trash, with the event and a contact. */
async function mountTrash() {
  const workspace = openWorkspace(Date.now);
  const { contacts, events, meetings, followUps, attachments } = workspace;
  const lysohor = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Artem Lysohor', ourStaff: true });
  const delbe = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe' });
  const event = await events.create({
    ...emptyEventInput(),
    name: { uk: '', ru: '', en: 'ReBuild Ukraine' },
    startDate: '2023-11-14',
    endDate: '2023-11-15',
    timeZone: 'Europe/Warsaw',
  });
  const meeting = await meetings.create({
    ...emptyMeetingInput(),
    title: { uk: '', ru: '', en: 'Talks with Hauts-de-France' },
    eventId: event.id,
    date: '2023-11-15',
    startTime: '11:00',
    endTime: '11:45',
  });
  const kept = await meetings.create({ ...emptyMeetingInput(), title: { uk: '', ru: '', en: 'Business France' }, eventId: event.id, date: '2023-11-15', startTime: '14:00', endTime: '14:30' });
  const followUp = await followUps.create({ ...emptyFollowUpInput(meeting.id), what: 'Send the project list', ownerId: lysohor.id, dueDate: '2023-12-15' });
  const file = await attachments.create({ ownerType: 'contact', ownerId: delbe.id, fileName: 'card.jpg', mimeType: 'image/jpeg', bytes: new ArrayBuffer(2048) });
  await followUps.moveToTrash([followUp.id]);
  await meetings.moveToTrash([meeting.id]);
  await events.moveToTrash([event.id]);
  await attachments.moveToTrash([file.id]);
  await contacts.moveToTrash([delbe.id]);
  mounted = await render(
    <WorkspaceProvider workspace={workspace}>
      <TrashPage />
    </WorkspaceProvider>,
  );
  await waitFor(() => expect(status()).toBe('5 items in the Trash'));
  return { ...workspace, meeting, kept, event, followUp, file, delbe };
}

const status = () => document.querySelector('[role="status"]')?.textContent;
const groupHeads = () => [...document.querySelectorAll('th[scope="rowgroup"]')].map((th) => th.textContent);
const rowTexts = () => [...document.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent).slice(0, 2));

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

const click = (target: HTMLElement) => act(async () => target.click());

/** The confirmation dialog once it is open; throws until then, so waitFor keeps waiting. */
function openDialog(): Element {
  const dialog = document.querySelector('[role="dialog"]');
  if (!dialog?.textContent) throw new Error('no dialog yet');
  return dialog;
}

describe('TrashPage', () => {
  it('groups the Trash by kind with counts, and says what each record is', async () => {
    await mountTrash();
    expect(groupHeads()).toEqual(['Events1 event', 'Meetings1 meeting', 'Follow-ups1 follow-up', 'Attachments1 file', 'Contacts1 contact']);
    expect(rowTexts()).toEqual([
      // Intl writes the range with its own spacing around the dash.
      ['ReBuild Ukraine', expect.stringMatching(/^14\s*–\s*15 Nov 2023$/)],
      ['Talks with Hauts-de-France', '15 Nov 2023, 11:00–11:45'],
      ['Send the project list', 'Talks with Hauts-de-France, 15 Nov 2023 · due 15 Dec 2023'],
      ['card.jpg', '2 kB · Juliette Delbe'],
      ['Juliette Delbe', ''],
    ]);
  });

  it('restores a meeting', async () => {
    const { meeting, db } = await mountTrash();
    await click(button('Restore Talks with Hauts-de-France'));
    await waitFor(() => expect(status()).toBe('4 items in the Trash'));
    expect((await db.meetings.get(meeting.id))?.deletedAt).toBeNull();
    expect(groupHeads()).not.toContain('Meetings1 meeting');
  });

  it('deletes a meeting for good after saying its follow-ups and files go with it', async () => {
    const { meeting, followUp, db } = await mountTrash();
    await click(button('Delete Talks with Hauts-de-France forever'));
    const dialog = await waitFor(openDialog);
    expect(dialog.textContent).toContain('1 item will be deleted for good.');
    expect(dialog.textContent).toContain('The follow-ups and attached files of these meetings are deleted with them.');
    expect(dialog.textContent).not.toContain('The meetings of these events stay');
    await click(button('Delete forever'));
    await waitFor(() => expect(status()).toBe('3 items in the Trash'));
    expect(await db.meetings.get(meeting.id)).toBeUndefined();
    expect(await db.followUps.get(followUp.id)).toBeUndefined();
  });

  it('empties the Trash, telling what happens to an event’s meetings', async () => {
    const { kept, db } = await mountTrash();
    await click(button('Empty the Trash'));
    const dialog = await waitFor(openDialog);
    expect(dialog.textContent).toContain('5 items will be deleted for good.');
    expect(dialog.textContent).toContain('The meetings of these events stay, without an event, in the event’s time zone.');
    await click(button('Delete forever'));
    await waitFor(() => expect(status()).toBe('The Trash is empty.'));
    expect(await db.meetings.get(kept.id)).toMatchObject({ eventId: null, timeZone: 'Europe/Warsaw' });
    expect(await db.attachmentBytes.count()).toBe(0);
  });
});
