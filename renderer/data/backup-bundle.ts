import type { BackupContents } from '#shared/backup/backup-format';
import type { Agreement } from '#shared/domain/agreement';
import type { Contact } from '#shared/domain/contact';
import type { Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import { SEEDED_TOPIC_IDS } from '#shared/domain/topics';
import { AppError } from '#shared/errors/app-error';
import type { DeskDatabase } from './db';
import { encodeBytes } from './backup-collect';
import { guardStorage } from './storage-error';

const live = <T extends { deletedAt: number | null }>(records: readonly T[]) => records.filter((record) => record.deletedAt === null);
const present = <T>(records: readonly (T | undefined)[]) => records.filter((record): record is T => record !== undefined);

/** The event's name for the file's title: Ukrainian, else whichever language has it. */
function eventTitle(name: { uk: string; ru: string; en: string }): string {
  return [name.uk, name.en, name.ru].map((value) => value.trim()).find(Boolean) ?? '';
}

/** Organizations with their parents, up the chain (a cycle, impossible by the repository's checks, stops it). */
async function withParents(db: DeskDatabase, ids: Iterable<string>): Promise<Organization[]> {
  const found = new Map<string, Organization>();
  let wanted = [...new Set(ids)];
  while (wanted.length > 0) {
    const batch = present(await db.organizations.bulkGet(wanted));
    for (const organization of batch) found.set(organization.id, organization);
    wanted = [...new Set(batch.map((organization) => organization.parentId).filter((id): id is string => id !== null && !found.has(id)))];
  }
  return [...found.values()];
}

/**
 * What one event brings along to another laptop: the event, its meetings (not those in the
 * Trash) and their follow-ups, everyone they name (both sides, the delegation, owners, the
 * people a follow-up concerns, signatories), those people's and the meetings' organizations with
 * their parents, agreements discussed at the meetings with their saved versions, files on the
 * meetings and people, and the user topics used. Referenced records are taken even from the
 * Trash, so nothing in the bundle points at a record the other side lacks.
 */
export async function selectEventBundle(db: DeskDatabase, eventId: string): Promise<{ title: string; contents: BackupContents }> {
  const tables = [db.events, db.meetings, db.followUps, db.contacts, db.organizations, db.agreements, db.agreementVersions, db.attachments, db.attachmentBytes, db.topics];
  const { title, contents, bytes } = await guardStorage(() =>
    db.transaction('r', tables, async () => {
      const event = await db.events.get(eventId);
      if (!event) throw new AppError('notFound', { id: eventId });
      const meetings: Meeting[] = live(await db.meetings.where('eventId').equals(eventId).toArray());
      const meetingIds = meetings.map((meeting) => meeting.id);
      const followUps = live(await db.followUps.where('meetingId').anyOf(meetingIds).toArray());
      const agreements: Agreement[] = live(await db.agreements.where('meetingIds').anyOf(meetingIds).distinct().toArray());
      const versions = await db.agreementVersions.where('agreementId').anyOf(agreements.map((agreement) => agreement.id)).toArray();

      const personIds = new Set<string>(event.delegation);
      for (const meeting of meetings) for (const id of [...meeting.ourParticipantIds, ...meeting.theirParticipantIds]) personIds.add(id);
      for (const followUp of followUps) {
        personIds.add(followUp.ownerId);
        if (followUp.contactId) personIds.add(followUp.contactId);
      }
      for (const agreement of agreements) {
        for (const party of agreement.parties) for (const signatory of party.signatories) if (signatory.contactId) personIds.add(signatory.contactId);
      }
      const contacts: Contact[] = present(await db.contacts.bulkGet([...personIds]));

      const organizationIds = [
        ...contacts.map((contact) => contact.organizationId).filter((id): id is string => id !== null),
        ...meetings.flatMap((meeting) => meeting.organizationIds),
        ...agreements.flatMap((agreement) => agreement.organizationIds),
      ];
      const organizations = await withParents(db, organizationIds);

      const owners = [...meetingIds, ...contacts.map((contact) => contact.id)];
      const attachments = live(await db.attachments.where('ownerId').anyOf(owners).toArray());
      const attachmentBytes = present(await db.attachmentBytes.bulkGet(attachments.map((attachment) => attachment.id)));

      const userTopicIds = [...new Set(meetings.flatMap((meeting) => meeting.topics))].filter((id) => !SEEDED_TOPIC_IDS.has(id));
      const topics = present(await db.topics.bulkGet(userTopicIds));

      return {
        title: eventTitle(event.name),
        bytes: attachmentBytes,
        contents: {
          tables: { events: [event], meetings, followUps, contacts, organizations, agreements, agreementVersions: versions, attachments, topics },
          attachmentBytes: {},
          settings: {},
        } satisfies BackupContents,
      };
    }),
  );
  return { title, contents: { ...contents, attachmentBytes: await encodeBytes(bytes) } };
}
