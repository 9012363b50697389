import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyEventInput } from '#shared/domain/event';
import { emptyMeetingInput, type MeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';

const MISSING_ID = '01JH0000000000000000000000';
const openWorkspace = testWorkspaces();

/** The Warsaw story: our delegation, Juliette Delbe of Hauts-de-France, ReBuild Ukraine. */
async function warsaw() {
  const workspace = openWorkspace();
  const { contacts, organizations, events } = workspace;
  const region = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Регіон Верхня Франція', ru: '', en: 'Hauts-de-France' } });
  const businessFrance = await organizations.create({ ...emptyOrganizationInput(), name: { uk: '', ru: '', en: 'Business France Ukraine' }, kind: 'agency' });
  const ours = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Артем Лисогор' });
  const delbe = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe', organizationId: region.id });
  const adviser = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Export adviser', organizationId: businessFrance.id });
  const event = await events.create({
    ...emptyEventInput(),
    name: { uk: 'ReBuild Ukraine', ru: '', en: 'ReBuild Ukraine' },
    startDate: '2026-11-17',
    endDate: '2026-11-18',
    timeZone: 'Europe/Warsaw',
    delegation: [ours.id],
  });
  const meeting = (title: string, date: string, startTime: string, endTime: string, extra: Partial<MeetingInput> = {}): MeetingInput => ({
    ...emptyMeetingInput(),
    title: { uk: '', ru: '', en: title },
    eventId: event.id,
    date,
    startTime,
    endTime,
    ourParticipantIds: [ours.id],
    ...extra,
  });
  return { ...workspace, region, businessFrance, ours, delbe, adviser, event, meeting };
}

describe('meeting repository: references', () => {
  it('names every unknown event, person, organization and topic, and writes nothing', async () => {
    const { meetings, db, meeting } = await warsaw();
    const error = await appErrorOf(
      meetings.create(
        meeting('Talks', '2026-11-17', '10:00', '10:45', {
          eventId: MISSING_ID,
          theirParticipantIds: [MISSING_ID],
          organizationIds: [MISSING_ID],
          topics: ['cybersecurity', 'space-tourism'],
        }),
      ),
    );
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual([
      { path: 'eventId', code: 'unknownEvent' },
      { path: 'theirParticipantIds.0', code: 'unknownContact' },
      { path: 'organizationIds.0', code: 'unknownOrganization' },
      { path: 'topics.1', code: 'unknownTopic' },
    ]);
    expect(await db.meetings.count()).toBe(0);
  });

  it('accepts seeded topics and ones the user added to the vocabulary', async () => {
    const { meetings, db, meeting } = await warsaw();
    await db.topics.add({ id: 'bicycles', label: { uk: 'Велосипеди', ru: 'Велосипеды', en: 'Bicycles' } });
    const created = await meetings.create(meeting('Talks', '2026-11-17', '10:00', '10:45', { topics: ['it', 'bicycles'] }));
    expect((await meetings.get(created.id))?.topics).toEqual(['it', 'bicycles']);
  });

  it('reports schema issues, such as an end before the start, before looking anything up', async () => {
    const { meetings, meeting } = await warsaw();
    const error = await appErrorOf(meetings.create(meeting('Talks', '2026-11-17', '10:00', '09:00', { eventId: MISSING_ID })));
    expect(error.details?.issues).toEqual([{ path: 'endTime', code: 'endBeforeStart' }]);
  });

  it('loses a purged participant, keeps saving, and refuses to add them back', async () => {
    const { meetings, contacts, trash, delbe, meeting } = await warsaw();
    const created = await meetings.create(meeting('Talks', '2026-11-17', '10:00', '10:45', { theirParticipantIds: [delbe.id] }));
    await contacts.moveToTrash([delbe.id]);
    await trash.purge({ contactIds: [delbe.id], organizationIds: [] });

    const updated = await meetings.update(created.id, meeting('Talks', '2026-11-17', '10:00', '11:00', { status: 'held' }));
    expect(updated).toMatchObject({ endTime: '11:00', status: 'held', theirParticipantIds: [] });

    const error = await appErrorOf(meetings.update(created.id, meeting('Talks', '2026-11-17', '10:00', '11:00', { theirParticipantIds: [delbe.id] })));
    expect(error.details?.issues).toEqual([{ path: 'theirParticipantIds.0', code: 'unknownContact' }]);
  });
});

describe('meeting repository: queries', () => {
  it('lists an event’s meetings by date and start time, whatever order they were entered in', async () => {
    const { meetings, event, meeting } = await warsaw();
    const dayTwo = await meetings.create(meeting('Day two', '2026-11-18', '09:00', '09:30'));
    const afternoon = await meetings.create(meeting('Afternoon', '2026-11-17', '14:00', '14:30'));
    const morning = await meetings.create(meeting('Morning', '2026-11-17', '09:30', '10:00'));
    const elsewhere = await meetings.create(meeting('No event', '2026-11-17', '08:00', '08:30', { eventId: null, timeZone: 'Europe/Kyiv' }));

    expect((await meetings.listByEvent(event.id)).map((m) => m.id)).toEqual([morning.id, afternoon.id, dayTwo.id]);
    expect((await meetings.get(elsewhere.id))?.eventId).toBeNull();
  });

  it('a contact’s timeline has meetings on either side of the table, newest first, without the trashed ones', async () => {
    const { meetings, ours, delbe, adviser, meeting } = await warsaw();
    const first = await meetings.create(meeting('Delbe, first', '2026-11-17', '10:00', '10:45', { theirParticipantIds: [delbe.id] }));
    const adviserOnly = await meetings.create(meeting('Adviser', '2026-11-17', '11:00', '11:30', { theirParticipantIds: [adviser.id] }));
    const second = await meetings.create(meeting('Delbe, again', '2026-11-18', '09:00', '09:30', { theirParticipantIds: [delbe.id, adviser.id] }));
    const trashed = await meetings.create(meeting('Cancelled', '2026-11-18', '12:00', '12:30', { theirParticipantIds: [delbe.id] }));
    await meetings.moveToTrash([trashed.id]);

    expect((await meetings.listWithContact(delbe.id)).map((m) => m.id)).toEqual([second.id, first.id]);
    expect((await meetings.listWithContact(adviser.id)).map((m) => m.id)).toEqual([second.id, adviserOnly.id]);
    // Our own person is on every meeting, and each appears once.
    expect((await meetings.listWithContact(ours.id)).map((m) => m.id)).toEqual([second.id, adviserOnly.id, first.id]);
  });

  it('an organization’s timeline lists the meetings it was represented at, newest first', async () => {
    const { meetings, region, businessFrance, meeting } = await warsaw();
    const early = await meetings.create(meeting('Region', '2026-11-17', '10:00', '10:45', { organizationIds: [region.id] }));
    const late = await meetings.create(meeting('Both', '2026-11-17', '16:00', '16:30', { organizationIds: [businessFrance.id, region.id] }));
    expect((await meetings.listWithOrganization(region.id)).map((m) => m.id)).toEqual([late.id, early.id]);
    expect((await meetings.listWithOrganization(businessFrance.id)).map((m) => m.id)).toEqual([late.id]);
  });
});
