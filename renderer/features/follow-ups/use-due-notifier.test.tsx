// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notifications } from '@mantine/notifications';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyFollowUpInput, toFollowUpInput } from '#shared/domain/follow-up';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { addDays } from '#shared/domain/follow-up-schedule';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import type { Workspace } from '../../data/workspace';
import { PlatformProvider } from '../../platform/platform-context';
import type { Platform } from '../../platform/platform';
import { createWebBackupPlatform } from '../../platform/backup-platform';
import { createWebSyncPlatform } from '../../platform/web-sync-platform';
import { useUiStore } from '../../app/ui-store';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { useDueNotifier } from './use-due-notifier';
import { localToday } from './use-local-today';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => useUiStore.setState({ language: 'en' }));
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

function Notifier() {
  const due = useDueNotifier();
  return <output>{due ?? ''}</output>;
}

function fakePlatform(answer: 'shown' | 'unavailable' = 'shown') {
  const notify = vi.fn<Platform['notify']>(async () => answer);
  const platform: Platform = {
    kind: 'web',
    getAppInfo: async () => null,
    openExternal: async () => {},
    saveFile: async () => 'saved',
    notify,
    printToPdf: async () => null,
    notificationAccess: () => 'granted',
    requestNotificationAccess: async () => 'granted',
    sync: createWebSyncPlatform({ connections: new Map() }),
    backup: createWebBackupPlatform(),
  };
  return { platform, notify };
}

async function mount(workspace: Workspace, platform: Platform) {
  await mounted?.unmount();
  mounted = await render(
    <PlatformProvider platform={platform}>
      <WorkspaceProvider workspace={workspace}>
        <Notifier />
      </WorkspaceProvider>
    </PlatformProvider>,
  );
  return mounted.container;
}

/** Kharkiv, after the meeting with the Belgian ambassador; dates relative to the real today. */
async function kharkiv() {
  const workspace = openWorkspace(Date.now);
  const today = localToday();
  const secretary = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Ihor Terekhov', ourStaff: true });
  const meeting = await workspace.meetings.create({
    ...emptyMeetingInput(),
    title: { uk: 'ІТ і велосипеди', ru: '', en: 'IT and bicycle manufacturing' },
    date: addDays(today, -10),
    startTime: '15:00',
    endTime: '16:00',
    timeZone: 'Europe/Kyiv',
    ourParticipantIds: [secretary.id],
  });
  const add = (what: string, dueDate: string) =>
    workspace.followUps.create({ ...emptyFollowUpInput(meeting.id), what, ownerId: secretary.id, dueDate });
  return { workspace, today, add };
}

const bodies = (notify: ReturnType<typeof fakePlatform>['notify']) => notify.mock.calls.map(([message]) => message.body).sort();

describe('useDueNotifier', () => {
  it('announces each follow-up due today or earlier once, with its meeting, and counts them', async () => {
    const { workspace, today, add } = await kharkiv();
    await add('Send the forum programme', addDays(today, -2));
    await add('Confirm the ambassador’s visit', today);
    await add('Report on the visit', addDays(today, 1));
    const { platform, notify } = fakePlatform();

    const view = await mount(workspace, platform);
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(2));
    expect(notify.mock.calls.every(([message]) => message.title === 'Follow-up due')).toBe(true);
    expect(bodies(notify)).toEqual([
      'Confirm the ambassador’s visit — IT and bicycle manufacturing',
      'Send the forum programme — IT and bicycle manufacturing',
    ]);
    await waitFor(() => expect(view.querySelector('output')?.textContent).toBe('2'));
  });

  it('does not announce again after a reload, but does when a moved due date comes', async () => {
    const { workspace, today, add } = await kharkiv();
    const item = await add('Send the forum programme', addDays(today, -2));
    const first = fakePlatform();
    await mount(workspace, first.platform);
    await waitFor(() => expect(first.notify).toHaveBeenCalledTimes(1));

    const afterReload = fakePlatform();
    await mount(workspace, afterReload.platform);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(afterReload.notify).not.toHaveBeenCalled();

    // Moved to today: a new due date, so it is announced again while the page stays open.
    await workspace.followUps.update(item.id, { ...toFollowUpInput(item), dueDate: today });
    await waitFor(() => expect(afterReload.notify).toHaveBeenCalledTimes(1));
  });

  it('announces a follow-up added with a past due date while the app is open', async () => {
    const { workspace, today, add } = await kharkiv();
    const { platform, notify } = fakePlatform();
    await mount(workspace, platform);
    await add('Send the forum programme', addDays(today, -1));
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
  });

  it('tells the user inside the app when no desktop notification can be shown', async () => {
    const { workspace, today, add } = await kharkiv();
    await add('Send the forum programme', today);
    const show = vi.spyOn(notifications, 'show');
    await mount(workspace, fakePlatform('unavailable').platform);
    await waitFor(() => expect(show).toHaveBeenCalledTimes(1));
    expect(show.mock.calls[0]![0]).toMatchObject({ title: 'Follow-up due', message: 'Send the forum programme — IT and bicycle manufacturing' });
  });

  it('sums up a long backlog instead of burying the screen', async () => {
    const { workspace, today, add } = await kharkiv();
    for (let days = 1; days <= 6; days += 1) await add(`Item ${days}`, addDays(today, -days));
    const { platform, notify } = fakePlatform();
    await mount(workspace, platform);
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(3));
    expect(notify.mock.calls.map(([message]) => message.title)).toEqual(['Follow-up due', 'Follow-up due', 'Follow-ups due']);
    expect(notify.mock.calls[2]![0].body).toBe('4 more follow-ups are due. See Follow-ups.');
    expect(await workspace.db.dueNotices.count()).toBe(6);
  });
});
