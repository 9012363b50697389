import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { EventRecord } from '#shared/domain/event';
import type { Meeting } from '#shared/domain/meeting';
import type { FollowUp } from '#shared/domain/follow-up';
import type { Attachment } from '#shared/domain/attachment';
import type { Agreement } from '#shared/domain/agreement';
import { preserveRemovedParties } from './agreement-references';
import { purgeAgreementVersions } from './agreement-version-repository';
import type { DeskDatabase, StoredLibraryClause } from './db';
import { createAttachmentRepository } from './attachment-repository';
import { guardStorage } from './storage-error';

/** What the Trash holds, one list per kind of record; the kinds in the order the Trash shows them. */
export const TRASH_KINDS = ['agreements', 'events', 'meetings', 'followUps', 'attachments', 'contacts', 'organizations', 'clauseLibrary'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

/** Records picked in the Trash, by kind; a kind left out picks none. */
export interface TrashSelection {
  agreementIds?: readonly string[];
  /** The user's own clauses of the clause library. */
  clauseIds?: readonly string[];
  contactIds?: readonly string[];
  organizationIds?: readonly string[];
  eventIds?: readonly string[];
  meetingIds?: readonly string[];
  followUpIds?: readonly string[];
  attachmentIds?: readonly string[];
}

export interface TrashContents {
  agreements: Agreement[];
  clauseLibrary: StoredLibraryClause[];
  events: EventRecord[];
  meetings: Meeting[];
  followUps: FollowUp[];
  attachments: Attachment[];
  contacts: Contact[];
  organizations: Organization[];
}

export const SELECTION_FIELD: Record<TrashKind, keyof TrashSelection> = {
  agreements: 'agreementIds',
  clauseLibrary: 'clauseIds',
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
 * - purged follow-ups, attachments (with their bytes) and library clauses are simply gone (an
 *   agreement keeps its own copy of any clause taken from the library);
 * - a purged agreement takes its saved versions with it; a purged organization, contact or
 *   meeting leaves agreements without it, but an agreement's text keeps naming the party or
 *   signatory: their names (and a signatory's position) are copied into the agreement first.
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

  async function purgeAgreements(agreementIds: readonly string[]): Promise<void> {
    if (agreementIds.length === 0) return;
    await db.agreements.bulkDelete([...agreementIds]);
    await purgeAgreementVersions(db, agreementIds);
  }

  async function clearAgreementReferences(meetingIds: readonly string[], organizations: readonly Organization[], contacts: readonly Contact[], at: number): Promise<void> {
    if (meetingIds.length === 0 && organizations.length === 0 && contacts.length === 0) return;
    const goneMeetings = new Set(meetingIds);
    const affected = await db.agreements
      .where('meetingIds')
      .anyOf([...meetingIds])
      .or('organizationIds')
      .anyOf(organizations.map((o) => o.id))
      .toArray();
    // Signatories have no index: agreements are few, so the rest are read and checked.
    const contactIds = new Set(contacts.map((c) => c.id));
    const bySignatory = contactIds.size === 0 ? [] : await db.agreements.filter((a) => a.parties.some((p) => p.signatories.some((s) => s.contactId !== null && contactIds.has(s.contactId)))).toArray();
    const byId = new Map([...affected, ...bySignatory].map((a) => [a.id, a]));
    for (const agreement of byId.values()) {
      const parties = preserveRemovedParties(agreement, organizations, contacts);
      await db.agreements.put({
        ...agreement,
        parties,
        organizationIds: agreement.organizationIds.filter((id) => !organizations.some((o) => o.id === id)),
        meetingIds: without(agreement.meetingIds, goneMeetings),
        updatedAt: at,
      });
    }
  }

  const allTables = () => [db.contacts, db.organizations, db.events, db.meetings, db.followUps, db.attachments, db.attachmentBytes, db.agreements, db.agreementVersions, db.clauseLibrary];

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
        // Read before they go: agreements keep their names.
        const organizations = (await db.organizations.bulkGet(organizationIds)).filter((o) => o !== undefined);
        const contacts = (await db.contacts.bulkGet(contactIds)).filter((c) => c !== undefined);
        await db.contacts.bulkDelete(contactIds);
        await db.organizations.bulkDelete(organizationIds);
        await clearContactReferences(contactIds, at);
        await clearOrganizationReferences(organizationIds, at);
        await purgeAgreements(picked(selection, 'agreements'));
        await db.clauseLibrary.bulkDelete(picked(selection, 'clauseLibrary'));
        await clearAgreementReferences(picked(selection, 'meetings'), organizations, contacts, at);
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
    const [agreements, events, meetings, followUps, attached, contacts, organizations, clauseLibrary] = await guardStorage(() =>
      Promise.all([
        db.agreements.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.events.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.meetings.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.followUps.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.attachments.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.contacts.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.organizations.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
        db.clauseLibrary.where('deletedAt').above(0).reverse().sortBy('deletedAt'),
      ]),
    );
    return { agreements, events, meetings, followUps, attachments: attached, contacts, organizations, clauseLibrary };
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
