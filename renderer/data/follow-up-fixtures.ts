import { emptyContactInput } from '#shared/domain/contact';
import { emptyEventInput } from '#shared/domain/event';
import { emptyFollowUpInput, type FollowUpInput } from '#shared/domain/follow-up';
import { emptyMeetingInput, type MeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import type { Workspace } from './workspace';

/**
 * For tests of the follow-up and timeline reads: Warsaw, ReBuild Ukraine, where Luhansk
 * region (Artem Lysohor, one of ours) met Juliette Delbe of Hauts-de-France and Oleksandra
 * Hereliuk of Business France Ukraine.
 */
export async function warsawWorkspace(workspace: Workspace) {
  const { contacts, organizations, events, meetings, followUps } = workspace;
  const region = await organizations.create({ ...emptyOrganizationInput(), name: { uk: 'Регіон О-де-Франс', ru: '', en: 'Hauts-de-France' } });
  const businessFrance = await organizations.create({ ...emptyOrganizationInput(), name: { uk: '', ru: '', en: 'Business France Ukraine' }, kind: 'agency' });
  const lysohor = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Артем Лисогор', ourStaff: true });
  const delbe = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe', organizationId: region.id });
  const hereliuk = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Олександра Герелюк', organizationId: businessFrance.id });
  const rebuild = await events.create({
    ...emptyEventInput(),
    name: { uk: 'ReBuild Ukraine', ru: '', en: 'ReBuild Ukraine' },
    startDate: '2026-11-17',
    endDate: '2026-11-18',
    timeZone: 'Europe/Warsaw',
  });
  /** An hour-long meeting of the event with Lysohor on our side. */
  const meet = (title: string, date: string, startTime: string, extra: Partial<MeetingInput> = {}) =>
    meetings.create({
      ...emptyMeetingInput(),
      title: { uk: title, ru: '', en: '' },
      eventId: rebuild.id,
      date,
      startTime,
      endTime: `${String(Number(startTime.slice(0, 2)) + 1).padStart(2, '0')}:00`,
      ourParticipantIds: [lysohor.id],
      ...extra,
    });
  const withDelbe = { theirParticipantIds: [delbe.id], organizationIds: [region.id] };
  const add = (meetingId: string, what: string, dueDate: string | null, extra: Partial<FollowUpInput> = {}) =>
    followUps.create({ ...emptyFollowUpInput(meetingId), what, ownerId: lysohor.id, dueDate, ...extra });
  return { ...workspace, region, businessFrance, lysohor, delbe, hereliuk, rebuild, meet, withDelbe, add };
}
