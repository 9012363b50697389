import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyFollowUpInput, type FollowUpInput } from '#shared/domain/follow-up';
import { emptyMeetingInput } from '#shared/domain/meeting';
import type { Workspace } from './workspace';
import { testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';

const MISSING_ID = '01JH0000000000000000000000';
const openWorkspace = testWorkspaces();

/** Kharkiv: the council secretary met the Belgian ambassador. */
async function kharkiv() {
  const workspace: Workspace = openWorkspace();
  const secretary = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Секретар міської ради' });
  const ambassador = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Ambassador of Belgium' });
  const meet = (title: string) =>
    workspace.meetings.create({
      ...emptyMeetingInput(),
      title: { uk: title, ru: '', en: '' },
      date: '2026-05-20',
      startTime: '15:00',
      endTime: '16:00',
      timeZone: 'Europe/Kyiv',
      ourParticipantIds: [secretary.id],
      theirParticipantIds: [ambassador.id],
      topics: ['it', 'manufacturing'],
    });
  const meeting = await meet('ІТ і велосипедне виробництво');
  const followUp = (what: string, dueDate: string | null, extra: Partial<FollowUpInput> = {}): FollowUpInput => ({
    ...emptyFollowUpInput(meeting.id),
    what,
    ownerId: secretary.id,
    dueDate,
    ...extra,
  });
  return { ...workspace, secretary, ambassador, meeting, meet, followUp };
}

describe('follow-up repository', () => {
  it('stores an action item linked to their contact', async () => {
    const { followUps, ambassador, followUp } = await kharkiv();
    const created = await followUps.create(followUp('Надіслати програму форуму', '2026-05-21', { contactId: ambassador.id }));
    expect(await followUps.get(created.id)).toEqual(created);
    expect(created).toMatchObject({ status: 'open', contactId: ambassador.id });
  });

  it('names an unknown meeting, owner or contact, and writes nothing', async () => {
    const { followUps, db, followUp } = await kharkiv();
    const error = await appErrorOf(followUps.create(followUp('x', '2026-05-21', { meetingId: MISSING_ID, ownerId: MISSING_ID, contactId: MISSING_ID })));
    expect(error.details?.issues).toEqual([
      { path: 'meetingId', code: 'unknownMeeting' },
      { path: 'ownerId', code: 'unknownContact' },
      { path: 'contactId', code: 'unknownContact' },
    ]);
    expect(await db.followUps.count()).toBe(0);
  });

  it('asks for a due date on an open follow-up, not on a done or dropped one', async () => {
    const { followUps, followUp } = await kharkiv();
    const error = await appErrorOf(followUps.create(followUp('Без терміну', null)));
    expect(error.details?.issues).toEqual([{ path: 'dueDate', code: 'dueDateRequired' }]);
    await expect(followUps.create(followUp('Відкинуто', null, { status: 'dropped' }))).resolves.toMatchObject({ dueDate: null });
  });

  it('lists a meeting’s follow-ups in the order they were written, live only', async () => {
    const { followUps, meet, followUp } = await kharkiv();
    const a = await followUps.create(followUp('Надіслати програму', '2026-06-01'));
    const b = await followUps.create(followUp('Домовитися про візит', '2026-05-25'));
    const c = await followUps.create(followUp('Скасоване', '2026-05-25'));
    await followUps.moveToTrash([c.id]);
    const other = await meet('Інша зустріч');
    await followUps.create(followUp('Чужа', '2026-05-25', { meetingId: other.id }));

    expect((await followUps.listByMeeting(a.meetingId)).map((f) => f.id)).toEqual([a.id, b.id]);
  });

  it('lists open follow-ups soonest due first, without done or dropped ones', async () => {
    const { followUps, followUp } = await kharkiv();
    const late = await followUps.create(followUp('Пізніше', '2026-06-15'));
    const soon = await followUps.create(followUp('Скоро', '2026-05-22'));
    const done = await followUps.create(followUp('Зроблено', '2026-05-21'));
    await followUps.create(followUp('Відкинуто', '2026-05-21', { status: 'dropped' }));
    await followUps.update(done.id, followUp('Зроблено', '2026-05-21', { status: 'done' }));

    expect((await followUps.listOpenByDueDate()).map((f) => f.id)).toEqual([soon.id, late.id]);
  });
});
