import type { Contact } from '#shared/domain/contact';
import type { EventRecord } from '#shared/domain/event';
import type { Organization } from '#shared/domain/organization';
import { mergeTopics, type Topic } from '#shared/domain/topics';
import { contactNameSpellings } from '#shared/search/contact-search-provider';
import { eventNameSpellings } from '#shared/search/event-search-provider';
import { topicLabelSpellings } from '#shared/search/meeting-search-provider';
import { organizationNameSpellings } from '#shared/search/organization-search-provider';
import type { RecordSearchContext } from '#shared/search/search-provider';

type Live = { deletedAt: number | null };

const NONE: readonly string[] = [];
const sameTexts = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? NONE).join('\n') === (b ?? NONE).join('\n');

/**
 * The names one record's document borrows from others (a contact's organization, a meeting's
 * people, event and topics, an agreement's parties and signatories), as the search worker last
 * read them. A record in the Trash lends no name, as if it were gone.
 *
 * People are kept only once a meeting, an event or an agreement names them: a workspace of
 * 100 000 contacts would otherwise hold every spelling of every name twice (here and in the
 * index). The others are few enough to keep whole.
 */
export class RecordNames implements RecordSearchContext {
  private readonly organizations = new Map<string, string[]>();
  private readonly events = new Map<string, string[]>();
  private readonly topics = new Map<string, string[]>();
  /** Contacts named by a meeting, an event or an agreement: their spellings, or [] when trashed or gone. */
  private readonly people = new Map<string, string[]>();

  organizationNames = (id: string): readonly string[] => this.organizations.get(id) ?? NONE;
  personNames = (id: string): readonly string[] => this.people.get(id) ?? NONE;
  eventNames = (id: string): readonly string[] => this.events.get(id) ?? NONE;
  topicLabels = (id: string): readonly string[] => this.topics.get(id) ?? NONE;

  /** Takes in an organization as it now is; true if the names it lends changed. */
  setOrganization(org: Organization): boolean {
    return this.put(this.organizations, org.id, org.deletedAt === null ? organizationNameSpellings(org) : null);
  }

  setEvent(event: EventRecord): boolean {
    return this.put(this.events, event.id, event.deletedAt === null ? eventNameSpellings(event) : null);
  }

  /** Takes in a contact; only one already lent to a meeting, event or agreement is kept. True if its names changed. */
  setPerson(contact: Contact): boolean {
    if (!this.people.has(contact.id)) return false;
    return this.put(this.people, contact.id, contact.deletedAt === null ? contactNameSpellings(contact) : []);
  }

  /** The ids among `ids` whose names have not been read yet. */
  unknownPeople(ids: Iterable<string>): string[] {
    return [...new Set(ids)].filter((id) => !this.people.has(id));
  }

  /** Records names read for `ids`; an id with no record (purged) lends none. */
  learnPeople(ids: readonly string[], contacts: readonly (Contact | undefined)[]): void {
    ids.forEach((id, i) => {
      const contact = contacts[i];
      this.people.set(id, contact && contact.deletedAt === null ? contactNameSpellings(contact) : []);
    });
  }

  /** Takes in the stored topic rows (user topics, relabelled seeded ones); returns the ids whose labels changed. */
  setTopics(stored: readonly Topic[]): string[] {
    const changed: string[] = [];
    for (const topic of mergeTopics(stored)) {
      if (this.put(this.topics, topic.id, topicLabelSpellings(topic))) changed.push(topic.id);
    }
    return changed;
  }

  /** Sets or (null) drops an entry; true if what it lends changed. */
  private put(map: Map<string, string[]>, id: string, names: string[] | null): boolean {
    const before = map.get(id);
    if (names === null) map.delete(id);
    else map.set(id, names);
    return !sameTexts(before, names ?? undefined);
  }
}

export const isLive = <T extends Live>(record: T): boolean => record.deletedAt === null;
