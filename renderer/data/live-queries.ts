import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { Meeting } from '#shared/domain/meeting';
import type { UiLanguage } from '#shared/domain/lang';
import { useWorkspace } from './workspace-context';
import { useProgressiveList, type ProgressiveList } from './progressive-list';
import { TRASH_KINDS, type TrashContents } from './trash-repository';

/** Enough rows to fill a tall screen before the rest of the list has been read. */
const HEAD_SIZE = 120;

/**
 * Contacts in name order for `lang`. When the list is sorted by name (`nameOrder`), the
 * first screen comes from the collation-key index before the rest is read.
 */
export function useLiveContactList(lang: UiLanguage, nameOrder: 'asc' | 'desc' | null): ProgressiveList<Contact> {
  const { contacts } = useWorkspace();
  const index = `sortKey.${lang}`;
  const head = nameOrder ? () => contacts.listLiveHead(index, HEAD_SIZE, nameOrder === 'desc') : null;
  return useProgressiveList(head, () => contacts.listLive(index), [contacts, index, nameOrder]);
}

export function useLiveOrganizationList(lang: UiLanguage, nameOrder: 'asc' | 'desc' | null): ProgressiveList<Organization> {
  const { organizations } = useWorkspace();
  const index = `sortKey.${lang}`;
  const head = nameOrder ? () => organizations.listLiveHead(index, HEAD_SIZE, nameOrder === 'desc') : null;
  return useProgressiveList(head, () => organizations.listLive(index), [organizations, index, nameOrder]);
}

/** Every live contact in name order for `lang`, e.g. to pick people from. */
export function useLiveContacts(lang: UiLanguage): Contact[] | undefined {
  const { contacts } = useWorkspace();
  return useLiveQuery(() => contacts.listLive(`sortKey.${lang}`), [contacts, lang]);
}

export function useLiveOrganizations(lang: UiLanguage): Organization[] | undefined {
  const { organizations } = useWorkspace();
  return useLiveQuery(() => organizations.listLive(`sortKey.${lang}`), [organizations, lang]);
}

export function useContact(id: string | undefined): Contact | null | undefined {
  const { contacts } = useWorkspace();
  return useLiveQuery(async () => (id ? ((await contacts.get(id)) ?? null) : null), [contacts, id]);
}

export function useOrganization(id: string | undefined): Organization | null | undefined {
  const { organizations } = useWorkspace();
  return useLiveQuery(async () => (id ? ((await organizations.get(id)) ?? null) : null), [organizations, id]);
}

export function useOrganizationPeople(organizationId: string): Contact[] | undefined {
  const { contacts } = useWorkspace();
  return useLiveQuery(() => contacts.listByOrganization(organizationId), [contacts, organizationId]);
}

export function useChildOrganizations(parentId: string): Organization[] | undefined {
  const { organizations } = useWorkspace();
  return useLiveQuery(() => organizations.listChildren(parentId), [organizations, parentId]);
}

export interface TrashView extends TrashContents {
  /** Records of every kind in the Trash: the sidebar badge. */
  total: number;
  /** The meetings trashed follow-ups and files belong to, and the people trashed files are on. */
  meetingsById: ReadonlyMap<string, Meeting>;
  contactsById: ReadonlyMap<string, Contact>;
}

export function useTrash(): TrashView | undefined {
  const { trash, meetings, contacts } = useWorkspace();
  return useLiveQuery(async () => {
    const contents = await trash.list();
    const ownerIds = (type: 'meeting' | 'contact') => contents.attachments.filter((a) => a.ownerType === type).map((a) => a.ownerId);
    const [owningMeetings, owningContacts] = await Promise.all([
      meetings.getMany([...new Set([...contents.followUps.map((f) => f.meetingId), ...ownerIds('meeting')])]),
      contacts.getMany([...new Set(ownerIds('contact'))]),
    ]);
    return {
      ...contents,
      total: TRASH_KINDS.reduce((sum, kind) => sum + contents[kind].length, 0),
      meetingsById: new Map(owningMeetings.map((meeting) => [meeting.id, meeting])),
      contactsById: new Map(owningContacts.map((contact) => [contact.id, contact])),
    };
  }, [trash, meetings, contacts]);
}

export function useWorkspaceIsEmpty(): boolean | undefined {
  const { sample } = useWorkspace();
  return useLiveQuery(() => sample.isWorkspaceEmpty(), [sample]);
}

/** Ids of search hits, by type. */
export interface HitIds {
  contactIds: readonly string[];
  organizationIds: readonly string[];
  meetingIds: readonly string[];
  eventIds: readonly string[];
  agreementIds: readonly string[];
}

const idKey = (ids: readonly string[]) => ids.join(',');
const fromKey = (key: string) => (key ? key.split(',') : []);
const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));

/**
 * The records behind search hits, by id, with what their results show beside them: the
 * organizations of the contacts, the events of the meetings and the parties of the agreements
 * among them. Missing ones (purged meanwhile) are left out.
 */
export function useRecordsByIds({ contactIds, organizationIds, meetingIds, eventIds, agreementIds }: HitIds) {
  const { contacts, organizations, meetings, events, agreements } = useWorkspace();
  // Keys rather than the arrays, whose identity changes on every render.
  const contactKey = idKey(contactIds);
  const organizationKey = idKey(organizationIds);
  const meetingKey = idKey(meetingIds);
  const eventKey = idKey(eventIds);
  const agreementKey = idKey(agreementIds);
  return useLiveQuery(async () => {
    const [foundContacts, foundMeetings, foundAgreements] = await Promise.all([
      contacts.getMany(fromKey(contactKey)),
      meetings.getMany(fromKey(meetingKey)),
      agreements.getMany(fromKey(agreementKey)),
    ]);
    const wantedOrganizations = new Set(fromKey(organizationKey));
    for (const contact of foundContacts) if (contact.organizationId) wantedOrganizations.add(contact.organizationId);
    for (const agreement of foundAgreements) for (const id of agreement.organizationIds) wantedOrganizations.add(id);
    const wantedEvents = new Set(fromKey(eventKey));
    for (const meeting of foundMeetings) if (meeting.eventId) wantedEvents.add(meeting.eventId);
    const [foundOrganizations, foundEvents] = await Promise.all([organizations.getMany([...wantedOrganizations]), events.getMany([...wantedEvents])]);
    return {
      contacts: byId(foundContacts),
      organizations: byId(foundOrganizations),
      meetings: byId(foundMeetings),
      events: byId(foundEvents),
      agreements: byId(foundAgreements),
    };
  }, [contacts, organizations, meetings, events, agreements, contactKey, organizationKey, meetingKey, eventKey, agreementKey]);
}
