import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyEventInput, type EventInput } from '#shared/domain/event';
import { emptyMeetingInput, type MeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { testWorkspaces } from './test-workspaces';
import { countMeetingsByEvent, loadEventAgenda, loadEventProgramme } from './event-queries';

const openWorkspace = testWorkspaces();

async function warsaw() {
  const workspace = openWorkspace();
  const { contacts, organizations, events } = workspace;
  const region = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Регіон Верхня Франція', ru: '', en: 'Hauts-de-France' } });
  const lysohor = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Артем Лисогор', ourStaff: true });
  const naida = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Андрій Найда', ourStaff: true });
  const delbe = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe', organizationId: region.id });
  const event = (name: string, startDate: string, endDate: string, extra: Partial<EventInput> = {}): EventInput => ({
    ...emptyEventInput(),
    name: { uk: '', ru: '', en: name },
    startDate,
    endDate,
    timeZone: 'Europe/Warsaw',
    ...extra,
  });
  const rebuild = await events.create(event('ReBuild Ukraine', '2026-11-17', '2026-11-18', { delegation: [lysohor.id, naida.id] }));
  const meeting = (eventId: string | null, date: string, startTime: string, extra: Partial<MeetingInput> = {}): MeetingInput => ({
    ...emptyMeetingInput(),
    title: { uk: '', ru: '', en: `${date} ${startTime}` },
    eventId,
    timeZone: eventId ? '' : 'Europe/Kyiv',
    date,
    startTime,
    endTime: `${String(Number(startTime.slice(0, 2)) + 1).padStart(2, '0')}:00`,
    ourParticipantIds: [lysohor.id],
    ...extra,
  });
  return { ...workspace, region, lysohor, naida, delbe, rebuild, event, meeting };
}

describe('loadEventAgenda', () => {
  it('reads the event’s live meetings with the people, organizations and topics they name', async () => {
    const workspace = await warsaw();
    const { meetings, rebuild, meeting, lysohor, naida, delbe, region } = workspace;
    const talks = await meetings.create(
      meeting(rebuild.id, '2026-11-17', '10:00', { theirParticipantIds: [delbe.id], organizationIds: [region.id], topics: ['cybersecurity'] }),
    );
    const gone = await meetings.create(meeting(rebuild.id, '2026-11-17', '12:00'));
    await meetings.moveToTrash([gone.id]);

    const agenda = await loadEventAgenda(workspace, rebuild);
    expect(agenda.meetings.map((m) => m.id)).toEqual([talks.id]);
    expect([...agenda.contacts.keys()].sort()).toEqual([lysohor.id, naida.id, delbe.id].sort());
    expect([...agenda.organizations.keys()]).toEqual([region.id]);
    expect(agenda.topics.find((topic) => topic.id === 'cybersecurity')?.label.en).toBe('Cybersecurity');
  });

  it('brings in other meetings of the same people within a day of the event, and no others', async () => {
    const workspace = await warsaw();
    const { meetings, events, rebuild, meeting, naida, event } = workspace;
    const kharkiv = await events.create(event('Kharkiv visit', '2026-11-18', '2026-11-19', { timeZone: 'Europe/Kyiv' }));
    await meetings.create(meeting(rebuild.id, '2026-11-17', '10:00'));
    const otherEvent = await meetings.create(meeting(kharkiv.id, '2026-11-18', '11:00'));
    const noEventDayBefore = await meetings.create(meeting(null, '2026-11-16', '22:00'));
    await meetings.create(meeting(null, '2026-11-10', '10:00'));
    await meetings.create(meeting(kharkiv.id, '2026-11-18', '11:00', { ourParticipantIds: [naida.id] }));
    const trashed = await meetings.create(meeting(kharkiv.id, '2026-11-18', '15:00'));
    await meetings.moveToTrash([trashed.id]);

    const agenda = await loadEventAgenda(workspace, rebuild);
    expect(agenda.otherMeetings.map((m) => m.id).sort()).toEqual([otherEvent.id, noEventDayBefore.id].sort());
    expect([...agenda.otherEvents.keys()]).toEqual([kharkiv.id]);
    expect(agenda.outsideChecked).toBe(true);
  });

  it('reads the event’s own programme without the meetings outside it, for the first screen', async () => {
    const workspace = await warsaw();
    const { meetings, events, rebuild, meeting, event } = workspace;
    const kharkiv = await events.create(event('Kharkiv visit', '2026-11-18', '2026-11-19', { timeZone: 'Europe/Kyiv' }));
    const own = await meetings.create(meeting(rebuild.id, '2026-11-17', '10:00'));
    await meetings.create(meeting(kharkiv.id, '2026-11-18', '11:00'));

    const programme = await loadEventProgramme(workspace, rebuild);
    expect(programme.meetings.map((m) => m.id)).toEqual([own.id]);
    expect(programme).not.toHaveProperty('otherMeetings');
  });
});

describe('countMeetingsByEvent', () => {
  it('counts live meetings per event', async () => {
    const workspace = await warsaw();
    const { meetings, events, rebuild, meeting, event } = workspace;
    const empty = await events.create(event('Paris launch', '2027-02-03', '2027-02-03'));
    await meetings.create(meeting(rebuild.id, '2026-11-17', '10:00'));
    await meetings.create(meeting(rebuild.id, '2026-11-17', '12:00'));
    const trashed = await meetings.create(meeting(rebuild.id, '2026-11-18', '10:00'));
    await meetings.create(meeting(null, '2026-11-18', '10:00'));
    await meetings.moveToTrash([trashed.id]);

    const counts = await countMeetingsByEvent(workspace);
    expect(counts.get(rebuild.id)).toBe(2);
    expect(counts.get(empty.id) ?? 0).toBe(0);
  });
});

