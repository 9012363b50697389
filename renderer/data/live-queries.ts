import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import type { UiLanguage } from '#shared/domain/lang';
import { useWorkspace } from './workspace-context';

/** `undefined` while loading, so screens can tell "loading" from "empty". */
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
