import { useLiveQuery } from 'dexie-react-hooks';
import type { Agreement, AgreementInput, AgreementVersion } from '#shared/domain/agreement';
import type { Contact } from '#shared/domain/contact';
import type { UiLanguage } from '#shared/domain/lang';
import type { Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import { useWorkspace } from './workspace-context';

/** Every live agreement, in title order for `lang` (the table sorts them as the user asks). */
export function useLiveAgreements(lang: UiLanguage): Agreement[] | undefined {
  const { agreements } = useWorkspace();
  return useLiveQuery(() => agreements.listLive(`sortKey.${lang}`), [agreements, lang]);
}

/** One agreement, in the Trash or not; null when there is none. */
export function useAgreement(id: string | undefined): Agreement | null | undefined {
  const { agreements } = useWorkspace();
  return useLiveQuery(async () => (id ? ((await agreements.get(id)) ?? null) : null), [agreements, id]);
}

/** The agreements an organization is a party to, most recently changed first. */
export function useAgreementsOfOrganization(organizationId: string): Agreement[] | undefined {
  const { agreements } = useWorkspace();
  return useLiveQuery(() => agreements.listByOrganization(organizationId), [agreements, organizationId]);
}

/** The agreements discussed at a meeting. */
export function useAgreementsOfMeeting(meetingId: string): Agreement[] | undefined {
  const { agreements } = useWorkspace();
  return useLiveQuery(() => agreements.listByMeeting(meetingId), [agreements, meetingId]);
}

/** An agreement's saved versions, newest first. */
export function useAgreementVersions(agreementId: string): AgreementVersion[] | undefined {
  const { agreementVersions } = useWorkspace();
  return useLiveQuery(() => agreementVersions.list(agreementId), [agreementVersions, agreementId]);
}

export interface AgreementRecords {
  organizations: ReadonlyMap<string, Organization>;
  contacts: ReadonlyMap<string, Contact>;
}

const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((record) => [record.id, record]));
const fromKey = (key: string) => (key ? key.split(',') : []);

/**
 * The organizations and signatories the parties name, by id, including ones in the Trash
 * (placeholders still resolve from them); purged ones are left out.
 */
export function useAgreementRecords(agreement: Pick<AgreementInput, 'parties'>): AgreementRecords | undefined {
  const { organizations, contacts } = useWorkspace();
  const organizationKey = agreement.parties.flatMap((party) => (party.organizationId ? [party.organizationId] : [])).join(',');
  const contactKey = agreement.parties
    .flatMap((party) => party.signatories.flatMap((signatory) => (signatory.contactId ? [signatory.contactId] : [])))
    .join(',');
  return useLiveQuery(async () => {
    const [foundOrganizations, foundContacts] = await Promise.all([
      organizations.getMany(fromKey(organizationKey)),
      contacts.getMany(fromKey(contactKey)),
    ]);
    return { organizations: byId(foundOrganizations), contacts: byId(foundContacts) };
  }, [organizations, contacts, organizationKey, contactKey]);
}

/** The meetings an agreement links to, in the Trash or not, in the order it lists them. */
export function useLinkedMeetings(meetingIds: readonly string[]): Meeting[] | undefined {
  const { meetings } = useWorkspace();
  const key = meetingIds.join(',');
  return useLiveQuery(() => meetings.getMany(fromKey(key)), [meetings, key]);
}
