import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '#shared/domain/contact';
import type { EventRecord } from '#shared/domain/event';
import type { UiLanguage } from '#shared/domain/lang';
import type { Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import type { Topic } from '#shared/domain/topics';
import { useWorkspace } from './workspace-context';

/** Every live meeting, in date order (the table sorts them as the user asks). */
export function useLiveMeetings(): Meeting[] | undefined {
  const { meetings } = useWorkspace();
  return useLiveQuery(() => meetings.listLive('date'), [meetings]);
}

export function useMeeting(id: string | undefined): Meeting | null | undefined {
  const { meetings } = useWorkspace();
  return useLiveQuery(async () => (id ? ((await meetings.get(id)) ?? null) : null), [meetings, id]);
}

/** Live events in name order for `lang`, e.g. to choose a meeting's event from. */
export function useLiveEventChoices(lang: UiLanguage): EventRecord[] | undefined {
  const { events } = useWorkspace();
  return useLiveQuery(() => events.listLive(`sortKey.${lang}`), [events, lang]);
}

/** One event, in the Trash or not; null when there is none (no id, or purged). */
export function useEventRecord(id: string | null | undefined): EventRecord | null | undefined {
  const { events } = useWorkspace();
  return useLiveQuery(async () => (id ? ((await events.get(id)) ?? null) : null), [events, id]);
}

/** The topic vocabulary: seeded topics as relabelled, then the user's own. */
export function useTopics(): Topic[] | undefined {
  const { topics } = useWorkspace();
  return useLiveQuery(() => topics.list(), [topics]);
}

export interface MeetingPeople {
  contacts: ReadonlyMap<string, Contact>;
  organizations: ReadonlyMap<string, Organization>;
}

/**
 * The people and organizations a meeting names, by id, including ones moved to the Trash since
 * (the record of who was there stays true); purged ones are left out.
 */
export function useMeetingPeople(meeting: Pick<Meeting, 'ourParticipantIds' | 'theirParticipantIds' | 'organizationIds'>): MeetingPeople | undefined {
  const { contacts, organizations } = useWorkspace();
  const contactKey = [...meeting.ourParticipantIds, ...meeting.theirParticipantIds].join(',');
  const organizationKey = meeting.organizationIds.join(',');
  return useLiveQuery(async () => {
    const [foundContacts, foundOrganizations] = await Promise.all([
      contacts.getMany(contactKey ? contactKey.split(',') : []),
      organizations.getMany(organizationKey ? organizationKey.split(',') : []),
    ]);
    return {
      contacts: new Map(foundContacts.map((contact) => [contact.id, contact])),
      organizations: new Map(foundOrganizations.map((organization) => [organization.id, organization])),
    };
  }, [contacts, organizations, contactKey, organizationKey]);
}
