import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyFollowUpInput, toFollowUpInput, type FollowUpInput } from '#shared/domain/follow-up';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { createDueNotices } from './due-notices';
import { testWorkspaces, TEST_START } from './test-workspaces';

const openWorkspace = testWorkspaces();
const TODAY = '2026-05-20';

/** Kharkiv: after the meeting with the Belgian ambassador, the secretary owes some answers. */
async function kharkiv() {
  const workspace = openWorkspace();
  const secretary = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Ігор Терехов', ourStaff: true });
  const meet = (title: string) =>
    workspace.meetings.create({
      ...emptyMeetingInput(),
      title: { uk: title, ru: '', en: '' },
      date: '2026-05-12',
      startTime: '15:00',
      endTime: '16:00',
      timeZone: 'Europe/Kyiv',
      ourParticipantIds: [secretary.id],
    });
  const meeting = await meet('ІТ і велосипедне виробництво');
  const add = (what: string, dueDate: string | null, extra: Partial<FollowUpInput> = {}) =>
    workspace.followUps.create({ ...emptyFollowUpInput(meeting.id), what, ownerId: secretary.id, dueDate, ...extra });
  const notices = createDueNotices(workspace.db, () => TEST_START);
  return { ...workspace, meeting, meet, add, notices };
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('due notices', () => {
  it('lists open follow-ups due today or earlier, leaving out closed, trashed and future ones', async () => {
    const { add, followUps, meetings, meet, notices } = await kharkiv();
    const overdue = await add('Надіслати програму форуму', '2026-05-15');
    const dueToday = await add('Підтвердити візит посла', TODAY);
    await add('Звіт про візит', '2026-05-21');
    await add('Зроблене', '2026-05-10', { status: 'done' });
    const trashed = await add('Скасоване', '2026-05-10');
    await followUps.moveToTrash([trashed.id]);
    const trashedMeeting = await meet('Зустріч у кошику');
    await add('На зустрічі в кошику', '2026-05-10', { meetingId: trashedMeeting.id });
    await meetings.moveToTrash([trashedMeeting.id]);

    expect(await notices.listDue(TODAY)).toEqual({ dueCount: 2, unannouncedIds: [overdue.id, dueToday.id] });
  });

  it('claims each due follow-up once and remembers it across reloads', async () => {
    const { add, db, notices } = await kharkiv();
    const due = await add('Надіслати програму форуму', '2026-05-15');

    expect(await notices.claim([due.id], TODAY)).toEqual([due]);
    expect(await db.dueNotices.get(due.id)).toEqual({ id: due.id, dueDate: '2026-05-15', notifiedAt: TEST_START });

    expect(await notices.claim([due.id], TODAY)).toEqual([]);
    const afterReload = createDueNotices(db);
    expect(await afterReload.listDue(TODAY)).toEqual({ dueCount: 1, unannouncedIds: [] });
    expect(await afterReload.listDue('2026-05-30')).toEqual({ dueCount: 1, unannouncedIds: [] });
  });

  it('announces again when a moved due date comes round', async () => {
    const { add, followUps, notices } = await kharkiv();
    const item = await add('Надіслати програму форуму', '2026-05-15');
    await notices.claim([item.id], TODAY);

    await followUps.update(item.id, { ...toFollowUpInput(item), dueDate: '2026-05-25' });
    expect(await notices.listDue(TODAY)).toEqual({ dueCount: 0, unannouncedIds: [] });
    expect((await notices.claim([item.id], TODAY)).length).toBe(0);

    expect(await notices.listDue('2026-05-25')).toEqual({ dueCount: 1, unannouncedIds: [item.id] });
    expect((await notices.claim([item.id], '2026-05-25')).map((f) => f.dueDate)).toEqual(['2026-05-25']);
  });

  it('never lets two overlapping checks announce the same follow-up', async () => {
    const { add, notices, db } = await kharkiv();
    const a = await add('Перше', '2026-05-15');
    const b = await add('Друге', '2026-05-16');
    const otherWindow = createDueNotices(db);
    const [first, second] = await Promise.all([notices.claim([a.id, b.id], TODAY), otherWindow.claim([a.id, b.id], TODAY)]);
    expect(ids([...first, ...second]).sort()).toEqual(ids([a, b]).sort());
  });

  it('counts a follow-up again once its meeting is restored from the Trash', async () => {
    const { add, meetings, meeting, notices } = await kharkiv();
    await add('Надіслати програму форуму', '2026-05-15');
    await meetings.moveToTrash([meeting.id]);
    expect(await notices.listDue(TODAY)).toEqual({ dueCount: 0, unannouncedIds: [] });
    await meetings.restore([meeting.id]);
    expect((await notices.listDue(TODAY)).dueCount).toBe(1);
  });

  it('claims nothing that was done, trashed or moved since the caller looked', async () => {
    const { add, followUps, notices } = await kharkiv();
    const done = await add('Зроблено тим часом', '2026-05-15');
    const trashed = await add('У кошику тим часом', '2026-05-15');
    const moved = await add('Перенесено тим часом', '2026-05-15');
    await followUps.update(done.id, { ...toFollowUpInput(done), status: 'done' });
    await followUps.moveToTrash([trashed.id]);
    await followUps.update(moved.id, { ...toFollowUpInput(moved), dueDate: '2026-06-01' });
    expect(await notices.claim([done.id, trashed.id, moved.id, 'no-such-id'], TODAY)).toEqual([]);
  });
});
