import { describe, expect, it } from 'vitest';
import { readTimeline } from './timeline-reads';
import { warsawWorkspace } from './follow-up-fixtures';
import { testWorkspaces } from './test-workspaces';

const openWorkspace = testWorkspaces();
const warsaw = () => warsawWorkspace(openWorkspace());
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('readTimeline', () => {
  it('lists a contact’s live meetings newest first, with event and open follow-ups soonest due first', async () => {
    const ws = await warsaw();
    const first = await ws.meet('Попередні переговори', '2026-11-17', '10:00', ws.withDelbe);
    const second = await ws.meet('Друга зустріч', '2026-11-18', '09:00', ws.withDelbe);
    const sameDayLater = await ws.meet('Вечеря', '2026-11-18', '19:00', { ...ws.withDelbe, eventId: null, timeZone: 'Europe/Warsaw' });
    const trashed = await ws.meet('У кошику', '2026-11-19', '10:00', ws.withDelbe);
    await ws.meetings.moveToTrash([trashed.id]);
    await ws.meet('Без неї', '2026-11-18', '11:00', { theirParticipantIds: [ws.hereliuk.id] });

    const late = await ws.add(first.id, 'Надіслати концепцію', '2026-12-15');
    const soon = await ws.add(first.id, 'Домовитися про дзвінок', '2026-11-25');
    await ws.add(first.id, 'Зроблено', '2026-11-20', { status: 'done' });
    const gone = await ws.add(first.id, 'У кошику', '2026-11-20');
    await ws.followUps.moveToTrash([gone.id]);

    const timeline = await readTimeline(ws, { contactId: ws.delbe.id });
    expect(timeline.total).toBe(3);
    expect(timeline.entries.map((e) => e.meeting.id)).toEqual([sameDayLater.id, second.id, first.id]);
    expect(timeline.entries.map((e) => e.event?.id ?? null)).toEqual([null, ws.rebuild.id, ws.rebuild.id]);
    expect(ids(timeline.entries[2]!.openFollowUps)).toEqual([soon.id, late.id]);
    expect(timeline.entries[0]!.openFollowUps).toEqual([]);
    expect([...timeline.owners.keys()]).toEqual([ws.lysohor.id]);
  });

  it('gives the newest meetings up to a limit, and how many there are in all', async () => {
    const ws = await warsaw();
    const oldest = await ws.meet('Перша', '2026-11-17', '10:00', ws.withDelbe);
    const middle = await ws.meet('Друга', '2026-11-17', '12:00', ws.withDelbe);
    const newest = await ws.meet('Третя', '2026-11-18', '10:00', ws.withDelbe);
    await ws.add(oldest.id, 'Поза межею', '2026-11-30');
    const timeline = await readTimeline(ws, { contactId: ws.delbe.id }, 2);
    expect(timeline.total).toBe(3);
    expect(timeline.entries.map((e) => e.meeting.id)).toEqual([newest.id, middle.id]);
    // Follow-ups of meetings not shown are not read, so neither are their owners.
    expect(timeline.owners.size).toBe(0);
  });

  it('lists an organization’s meetings, and nothing for one never met', async () => {
    const ws = await warsaw();
    const talks = await ws.meet('Попередні переговори', '2026-11-17', '10:00', ws.withDelbe);
    expect((await readTimeline(ws, { organizationId: ws.region.id })).entries.map((e) => e.meeting.id)).toEqual([talks.id]);
    expect((await readTimeline(ws, { organizationId: ws.businessFrance.id })).entries).toEqual([]);
  });

  it('finds the meetings one of ours took part in too', async () => {
    const ws = await warsaw();
    const talks = await ws.meet('Попередні переговори', '2026-11-17', '10:00', ws.withDelbe);
    expect((await readTimeline(ws, { contactId: ws.lysohor.id })).entries.map((e) => e.meeting.id)).toEqual([talks.id]);
  });

  it('walks a long history from the newest end, ordering meetings of one day by start time', async () => {
    const ws = await warsaw();
    // Created first, so it sorts before the morning meeting in the date index, yet it is later in the day.
    const evening = await ws.meet('Вечеря', '2026-11-17', '19:00', ws.withDelbe);
    const morning = await ws.meet('Сніданок', '2026-11-17', '08:00', ws.withDelbe);
    const nextDay = await ws.meet('Наступного дня', '2026-11-18', '10:00', ws.withDelbe);
    for (let day = 1; day <= 9; day += 1) await ws.meet(`Давня ${day}`, `2026-10-0${day}`, '10:00', ws.withDelbe);
    const trashedNewest = await ws.meet('У кошику', '2026-11-20', '10:00', ws.withDelbe);
    await ws.meetings.moveToTrash([trashedNewest.id]);

    const timeline = await readTimeline(ws, { contactId: ws.delbe.id }, 2);
    expect(timeline.total).toBe(12);
    expect(timeline.entries.map((e) => e.meeting.id)).toEqual([nextDay.id, evening.id]);
    const three = await readTimeline(ws, { contactId: ws.delbe.id }, 3);
    expect(three.entries.map((e) => e.meeting.id)).toEqual([nextDay.id, evening.id, morning.id]);
  });

  it('finds a long-past history behind many newer meetings of others', async () => {
    const ws = await warsaw();
    const past: string[] = [];
    for (let day = 1; day <= 9; day += 1) past.push((await ws.meet(`Давня ${day}`, `2025-01-0${day}`, '10:00', ws.withDelbe)).id);
    for (let i = 0; i < 60; i += 1) await ws.meet(`Без неї ${i}`, '2026-11-17', '10:00');
    const timeline = await readTimeline(ws, { contactId: ws.delbe.id }, 2);
    expect(timeline.total).toBe(9);
    expect(timeline.entries.map((e) => e.meeting.id)).toEqual([past[8], past[7]]);
  });
});
