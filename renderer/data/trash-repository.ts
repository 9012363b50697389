import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { EventRecord } from '#shared/domain/event';
import type { Meeting } from '#shared/domain/meeting';
import type { FollowUp } from '#shared/domain/follow-up';
import type { Attachment } from '#shared/domain/attachment';
import type { DeskDatabase } from './db';
import { createAttachmentRepository } from './attachment-repository';
import { guardStorage } from './storage-error';

/** What the Trash holds, one list per kind of record; the kinds in the order the Trash shows them. */
export const TRASH_KINDS = ['events', 'meetings', 'followUps', 'attachments', 'contacts', 'organizations'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

/** Records picked in the Trash, by kind; a kind left out picks none. */
export interface TrashSelection {
  contactIds?: readonly string[];
  organizationIds?: readonly string[];
  eventIds?: readonly string[];
  meetingIds?: readonly string[];
  followUpIds?: readonly string[];
  attachmentIds?: readonly string[];
}

export interface TrashContents {
  events: EventRecord[];
  meetings: Meeting[];
  followUps: FollowUp[];
  attachments: Attachment[];
  contacts: Contact[];
  organizations: Organization[];
}

export const SELECTION_FIELD: Record<TrashKind, keyof TrashSelection> = {
  events: 'eventIds',
  meetings: 'meetingIds',
  followUps: 'followUpIds',
  attachments: 'attachmentIds',
  contacts: 'contactIds',
  organizations: 'organizationIds',
};

const without = (ids: readonly string[], gone: ReadonlySet<string>) => ids.filter((id) => !gone.has(id));
const picked = (selection: TrashSelection, kind: TrashKind): string[] => [...(selection[SELECTION_FIELD[kind]] ?? [])];

/**
 * Purging is final, so it happens here, across tables, in one transaction, by these rules:
 * - a purged meeting takes its follow-ups and its attachments (and their bytes) with it;
 * - a purged event leaves its meetings, detached (no event) and given the event's time zone, since
 *   a meeting without an event must name its own;
 * - a purged contact takes its attachments with it, and leaves meetings, events and follow-ups
 *   without it; a follow-up keeps its owner's id (an owner is required), which its repository
 *   accepts as held before;
 * - a purged organization leaves its people, units and meetings without it;
 * - purged follow-ups and attachments (with their bytes) are simply gone.
 */
export function createTrashRepository(db: DeskDatabase, now: () => number = Date.now) {
  const attachments = createAttachmentRepository(db, now);
  const tableOf = (kind: TrashKind) => db[kind];

  async function purgeMeetings(meetingIds: readonly string[]): Promise<void> {
    if (meetingIds.length === 0) return;
    await db.meetings.bulkDelete([...meetingIds]);
    await db.followUps.where('meetingId').anyOf([...meetingIds]).delete();
    await purgeAttachmentsOf('meeting', meetingIds);
  }

  async function purgeAttachmentsOf(ownerType: Attachment['ownerType'], ownerIds: readonly string[]): Promise<void> {
    if (ownerIds.length === 0) return;
    const owned = await db.attachments.where('ownerId').anyOf([...ownerIds]).filter((a) => a.ownerType === ownerType).primaryKeys();
    await attachments.purge(owned);
  }

  async function detachMeetingsOf(eventIds: readonly string[], at: number): Promise<void> {
    if (eventIds.length === 0) return;
    const zones = new Map((await db.events.bulkGet([...eventIds])).filter((e) => e !== undefined).map((e) => [e.id, e.timeZone]));
    await db.events.bulkDelete([...eventIds]);
    await db.meetings
      .where('eventId')
      .anyOf([...eventIds])
      .modify((meeting) => {
        meeting.timeZone = meeting.timeZone || (zones.get(meeting.eventId!) ?? '');
        meeting.eventId = null;
        meeting.updatedAt = at;
      });
  }

  async function clearContactReferences(contactIds: readonly string[], at: number): Promise<void> {
    if (contactIds.length === 0) return;
    const gone = new Set(contactIds);
    await db.meetings
      .where('ourParticipantIds')
      .anyOf([...contactIds])
      .or('theirParticipantIds')
      .anyOf([...contactIds])
      .modify((meeting) => {
        meeting.ourParticipantIds = without(meeting.ourParticipantIds, gone);
        meeting.theirParticipantIds = without(meeting.theirParticipantIds, gone);
        meeting.updatedAt = at;
      });
    await db.events
      .filter((event) => event.delegation.some((id) => gone.has(id)))
      .modify((event) => {
        event.delegation = without(event.delegation, gone);
        event.updatedAt = at;
      });
    await db.followUps.where('contactId').anyOf([...contactIds]).modify({ contactId: null, updatedAt: at });
    await purgeAttachmentsOf('contact', contactIds);
  }

  async function clearOrganizationReferences(organizationIds: readonly string[], at: number): Promise<void> {
    if (organizationIds.length === 0) return;
    const gone = new Set(organizationIds);
    await db.contacts.where('organizationId').anyOf([...organizationIds]).modify({ organizationId: null, updatedAt: at });
    await db.organizations.where('parentId').anyOf([...organizationIds]).modify({ parentId: null, updatedAt: at });
    await db.meetings
      .where('organizationIds')
      .anyOf([...organizationIds])
      .modify((meeting) => {
        meeting.organizationIds = without(meeting.organizationIds, gone);
        meeting.updatedAt = at;
      });
  }

  const allTables = () => [db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.attachments, db.attachmentBytes];

  async function purge(selection: TrashSelection): Promise<void> {
    await guardStorage(() =>
      db.transaction('rw', allTables(), async () => {
        const at = now();
        // Meetings first: an event purged with its meetings has none left to detach.
        await purgeMeetings(picked(selection, 'meetings'));
        await detachMeetingsOf(picked(selection, 'events'), at);
        await db.followUps.bulkDelete(picked(selection, 'followUps'));
        await attachments.purge(picked(selection, 'attachments'));
        const contactIds = picked(selection, 'contacts');
        const organizationIds = picked(selection, 'organizations');
        await db.contacts.bulkDelete(contactIds);
        await db.organizations.bulkDelete(organizationIds);
        await clearContactReferences(contactIds, at);
        await clearOrganizationReferences(organizationIds, at);
      }),
    );
  }

  /** Takes records out of the Trash, all kinds in one transaction. */
  async function restore(selection: TrashSelection): Promise<void> {
    await guardStorage(() =>
      db.transaction('rw', TRASH_KINDS.map(tableOf), async () => {
        const at = now();
        for (const kind of TRASH_KINDS) {
          const ids = picked(selection, kind);
          // The tables differ in record type but share these two fields.
          if (ids.length > 0) await (tableOf(kind) as typeof db.contacts).where('id').anyOf(ids).modify({ deletedAt: null, updatedAt: at });
        }
      }),
    );
  }

  /** Everything in the Trash, each kind most recently trashed first. */
  async function list(): Promise<TrashContents> {
    const [events, meetings, followUps, attached, contacts, organizations] = await guardStorage(() =>
      Promise.all([
        db.events.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.meetings.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.followUps.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.attachments.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.contacts.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.organizations.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
      ]),
    );
    return { events, meetings, followUps, attachments: attached, contacts, organizations };
  }

  return {
    list,
    purge,
    restore,
    async emptyTrash(): Promise<void> {
      const keys = await guardStorage(() => Promise.all(TRASH_KINDS.map((kind) => tableOf(kind).where('deletedAt').above(0).primaryKeys())));
      const selection: TrashSelection = {};
      TRASH_KINDS.forEach((kind, i) => {
        selection[SELECTION_FIELD[kind]] = keys[i];
      });
      await purge(selection);
    },
  };
}

export type TrashRepository = ReturnType<typeof createTrashRepository>;
