import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { UiLanguage } from '#shared/domain/lang';
import { useWorkspace } from './workspace-context';
import { useProgressiveList, type ProgressiveList } from './progressive-list';

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

export function useTrash() {
  const { contacts, organizations } = useWorkspace();
  return useLiveQuery(async () => {
    const [trashedContacts, trashedOrganizations] = await Promise.all([contacts.listTrashed(), organizations.listTrashed()]);
    return { contacts: trashedContacts, organizations: trashedOrganizations };
  }, [contacts, organizations]);
}

export function useWorkspaceIsEmpty(): boolean | undefined {
  const { sample } = useWorkspace();
  return useLiveQuery(() => sample.isWorkspaceEmpty(), [sample]);
}

/**
 * The records behind search hits, by id, with the organizations of the contacts among them;
 * missing ones (purged meanwhile) are left out.
 */
export function useRecordsByIds(contactIds: readonly string[], organizationIds: readonly string[]) {
  const { contacts, organizations } = useWorkspace();
  const contactKey = contactIds.join(',');
  const organizationKey = organizationIds.join(',');
  return useLiveQuery(async () => {
    const foundContacts = await contacts.getMany(contactKey ? contactKey.split(',') : []);
    const wantedOrganizations = new Set(organizationKey ? organizationKey.split(',') : []);
    for (const contact of foundContacts) if (contact.organizationId) wantedOrganizations.add(contact.organizationId);
    const foundOrganizations = await organizations.getMany([...wantedOrganizations]);
    return {
      contacts: new Map(foundContacts.map((contact) => [contact.id, contact])),
      organizations: new Map(foundOrganizations.map((organization) => [organization.id, organization])),
    };
  }, [contacts, organizations, contactKey, organizationKey]);
}
