import { describe, expect, it } from 'vitest';
import { readFollowUpBoard, readFollowUpRefs, readMeetingFollowUps } from './follow-up-reads';
import { warsawWorkspace } from './follow-up-fixtures';
import { testWorkspaces } from './test-workspaces';

const openWorkspace = testWorkspaces();

const warsaw = () => warsawWorkspace(openWorkspace());

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('readFollowUpBoard', () => {
  it('lists live open follow-ups with their owners, leaving out those of trashed meetings', async () => {
    const ws = await warsaw();
    const talks = await ws.meet('Кібербезпека і зелена енергетика', '2026-11-17', '10:00', ws.withDelbe);
    const cancelled = await ws.meet('Скасована зустріч', '2026-11-18', '12:00');
    const open = await ws.add(talks.id, 'Надіслати концепцію проєкту', '2026-11-30');
    const done = await ws.add(talks.id, 'Обмінятися контактами', null, { status: 'done' });
    const trashed = await ws.add(talks.id, 'Помилковий запис', '2026-11-30');
    await ws.followUps.moveToTrash([trashed.id]);
    await ws.add(cancelled.id, 'Не актуально', '2026-11-30');
    await ws.meetings.moveToTrash([cancelled.id]);

    const openOnly = await readFollowUpBoard(ws, false);
    expect(ids(openOnly.followUps)).toEqual([open.id]);
    expect([...openOnly.owners.keys()]).toEqual([ws.lysohor.id]);

    expect(ids((await readFollowUpBoard(ws, true)).followUps).sort()).toEqual([open.id, done.id].sort());
  });

  it('lists a follow-up again once its meeting is restored from the Trash', async () => {
    const ws = await warsaw();
    const talks = await ws.meet('Кібербезпека', '2026-11-17', '10:00');
    const item = await ws.add(talks.id, 'Надіслати концепцію', '2026-11-30');
    await ws.meetings.moveToTrash([talks.id]);
    expect((await readFollowUpBoard(ws, false)).followUps).toEqual([]);
    await ws.meetings.restore([talks.id]);
    expect(ids((await readFollowUpBoard(ws, false)).followUps)).toEqual([item.id]);
  });
});

describe('readFollowUpRefs', () => {
  it('fetches just the named meetings and people, skipping ids that are gone', async () => {
    const ws = await warsaw();
    const talks = await ws.meet('Кібербезпека', '2026-11-17', '10:00');
    const refs = await readFollowUpRefs(ws, [talks.id, talks.id, '01JH0000000000000000000000'], [ws.delbe.id, ws.lysohor.id]);
    expect([...refs.meetings.keys()]).toEqual([talks.id]);
    expect([...refs.contacts.keys()].sort()).toEqual([ws.delbe.id, ws.lysohor.id].sort());
  });
});

describe('readMeetingFollowUps', () => {
  it('gives the meeting’s follow-ups in writing order with the people to name and pick', async () => {
    const ws = await warsaw();
    const talks = await ws.meet('Кібербезпека', '2026-11-17', '10:00', ws.withDelbe);
    const second = await ws.add(talks.id, 'Друге', '2026-11-20', { contactId: ws.hereliuk.id });
    const first = await ws.add(talks.id, 'Перше', '2026-12-20');
    const result = await readMeetingFollowUps(ws, talks);
    expect(ids(result.followUps)).toEqual([second.id, first.id]);
    expect([...result.people.keys()].sort()).toEqual([ws.lysohor.id, ws.hereliuk.id, ws.delbe.id].sort());
  });
});
