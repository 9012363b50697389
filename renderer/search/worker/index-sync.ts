import { liveQuery, type Subscription } from 'dexie';
import type { Agreement } from '#shared/domain/agreement';
import type { Contact } from '#shared/domain/contact';
import type { EventRecord } from '#shared/domain/event';
import type { Meeting } from '#shared/domain/meeting';
import type { Organization } from '#shared/domain/organization';
import type { Topic } from '#shared/domain/topics';
import { agreementSearchProvider } from '#shared/search/agreement-search-provider';
import { contactSearchProvider } from '#shared/search/contact-search-provider';
import { eventSearchProvider } from '#shared/search/event-search-provider';
import { meetingSearchProvider } from '#shared/search/meeting-search-provider';
import { organizationSearchProvider } from '#shared/search/organization-search-provider';
import type { SearchIndex } from '#shared/search/search-index';
import type { DeskDatabase } from '../../data/db';
import { lastLoggedChangeId, readLoggedRecords, removedRecord, type LoggedRecords } from './record-change-log';
import { RecordNames } from './record-names';
import { Watermark, type Stamped } from './watermark';

/**
 * Keeps a search index equal to the live records of a database: one full read at start, then
 * only what changed. Every write stamps `updatedAt` (moving to the Trash and restoring too), so a
 * live query from the watermark on sees each change, and Dexie re-runs it on writes from any page
 * or worker of the origin. A trashed record leaves the index; a purged one was trashed first.
 *
 * Documents that borrow another record's names are indexed again when those names change, in the
 * same batch: a renamed organization's people, units, meetings and agreements; a renamed person's
 * meetings, events and agreements; a renamed event's meetings; a relabelled topic's meetings. So
 * the index is consistent as soon as a batch is applied, not only at the next start.
 *
 * Writes the watermark cannot see — records removed outright (an undone import) and records
 * written with an older updatedAt (a restore or a bundle) — are in the record-change log, which
 * the same live query reads from the last entry applied: those records are read as they are now
 * and applied like any change (see record-change-log.ts).
 */

export interface SyncEvents {
  /** After a batch of changes was applied, with the number of records in it. */
  onApplied?(changes: number): void;
  onError?(error: unknown): void;
}

type Table = 'contacts' | 'organizations' | 'events' | 'meetings' | 'agreements';

interface Changes {
  organizations: Organization[];
  contacts: Contact[];
  events: EventRecord[];
  meetings: Meeting[];
  agreements: Agreement[];
  /** The whole (small) topics table: relabelling stamps no time, so it is compared instead. */
  topics: Topic[];
  logged: LoggedRecords;
}

const live = <T extends { deletedAt: number | null }>(records: readonly T[]) => records.filter((record) => record.deletedAt === null);
const peopleOf = (meeting: Meeting) => [...meeting.ourParticipantIds, ...meeting.theirParticipantIds];
const signatoriesOf = (agreement: Agreement) =>
  agreement.parties.flatMap((party) => party.signatories.flatMap((signatory) => (signatory.contactId === null ? [] : [signatory.contactId])));

/** Records that name people, whose names the index learns before indexing them. */
interface Borrowers {
  meetings?: readonly Meeting[];
  events?: readonly EventRecord[];
  agreements?: readonly Agreement[];
}

const peopleNamedBy = ({ meetings = [], events = [], agreements = [] }: Borrowers) => [
  ...live(meetings).flatMap(peopleOf),
  ...live(events).flatMap((event) => event.delegation),
  ...live(agreements).flatMap(signatoriesOf),
];

/**
 * A table's changes with the records the log names: as they are now, or as removed (like a
 * trashed record, so they leave the index and lend no name). The log's reading replaces the
 * watermark's for a record in both; they were read in one query.
 */
function withLogged<T extends { id: string }>(changed: readonly T[], logged: LoggedRecords | null, table: keyof LoggedRecords['found']): T[] {
  if (!logged) return [...changed];
  const fromLog = [...(logged.found[table] as T[]), ...logged.gone[table].map((id) => removedRecord<T>(id))];
  if (fromLog.length === 0) return [...changed];
  const logIds = new Set(fromLog.map((record) => record.id));
  return [...changed.filter((record) => !logIds.has(record.id)), ...fromLog];
}

export class IndexSync {
  private readonly names = new RecordNames();
  private readonly watermarks: Record<Table, Watermark> = {
    contacts: new Watermark(),
    organizations: new Watermark(),
    events: new Watermark(),
    meetings: new Watermark(),
    agreements: new Watermark(),
  };
  /** The last record-change log entry applied ('' before any). */
  private lastChangeId = '';
  private subscription: Subscription | null = null;
  /** Batches apply one after another, since re-indexing a record's dependents reads the database. */
  private applying: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DeskDatabase,
    private readonly index: SearchIndex,
    private readonly events: SyncEvents = {},
  ) {}

  /** Reads every record, builds the index, then follows changes. Resolves once built. */
  async start(): Promise<void> {
    // Deleted or upgraded elsewhere, the database reopens empty or different under the live
    // query, which would go on from the old watermark with a stale index: report it instead.
    this.db.on('versionchange', this.replaced);
    this.db.on('close', this.replaced);
    const { db } = this;
    // Read first: a change logged while the tables are read is then applied again, never missed.
    this.lastChangeId = await lastLoggedChangeId(db);
    const [contacts, organizations, events, meetings, agreements, topics] = await Promise.all([
      db.contacts.toArray(),
      db.organizations.toArray(),
      db.events.toArray(),
      db.meetings.toArray(),
      db.agreements.toArray(),
      db.topics.toArray(),
    ]);
    for (const org of organizations) this.names.setOrganization(org);
    for (const event of events) this.names.setEvent(event);
    this.names.setTopics(topics);
    const wanted = this.names.unknownPeople(peopleNamedBy({ meetings, events, agreements }));
    const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
    this.names.learnPeople(wanted, wanted.map((id) => contactById.get(id)));

    this.index.addAll([
      ...live(organizations).map((org) => organizationSearchProvider.toDocument(org, this.names)),
      ...live(contacts).map((contact) => contactSearchProvider.toDocument(contact, this.names)),
      ...live(events).map((event) => eventSearchProvider.toDocument(event, this.names)),
      ...live(meetings).map((meeting) => meetingSearchProvider.toDocument(meeting, this.names)),
      ...live(agreements).map((agreement) => agreementSearchProvider.toDocument(agreement, this.names)),
    ]);
    this.watermarks.contacts.advance(contacts);
    this.watermarks.organizations.advance(organizations);
    this.watermarks.events.advance(events);
    this.watermarks.meetings.advance(meetings);
    this.watermarks.agreements.advance(agreements);
    this.subscribe();
  }

  stop(): void {
    this.db.on.versionchange.unsubscribe(this.replaced);
    this.db.on.close.unsubscribe(this.replaced);
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private readonly replaced = () => this.events.onError?.(new Error('the database was closed or replaced'));

  /** The records changed since the watermark; reading them also makes up the live query's range. */
  private async changedIn<T extends Stamped>(table: Table): Promise<T[]> {
    const watermark = this.watermarks[table];
    const at = watermark.at;
    const store = this.db[table];
    const [newer, keysAtWatermark] = await Promise.all([
      store.where('updatedAt').above(at).toArray(),
      store.where('updatedAt').equals(at).primaryKeys(),
    ]);
    const recheck = watermark.keysToRecheck(at, keysAtWatermark);
    const again = recheck.length > 0 ? ((await store.bulkGet(recheck)).filter(Boolean) as Stamped[]) : [];
    return [...(newer as Stamped[]), ...watermark.changedAmong(again)] as T[];
  }

  private subscribe(): void {
    const changes = liveQuery(
      async (): Promise<Changes> => ({
        organizations: await this.changedIn<Organization>('organizations'),
        contacts: await this.changedIn<Contact>('contacts'),
        events: await this.changedIn<EventRecord>('events'),
        meetings: await this.changedIn<Meeting>('meetings'),
        agreements: await this.changedIn<Agreement>('agreements'),
        topics: await this.db.topics.toArray(),
        logged: await readLoggedRecords(this.db, this.lastChangeId),
      }),
    );
    this.subscription = changes.subscribe({
      next: (changed) => {
        this.applying = this.applying.then(() => this.apply(changed)).catch((error: unknown) => this.events.onError?.(error));
      },
      error: (error: unknown) => this.events.onError?.(error),
    });
  }

  private async apply(changed: Changes): Promise<void> {
    // The live query may have run before the last batch moved the watermark: keep what is new.
    const organizations = this.watermarks.organizations.changedAmong(changed.organizations);
    const contacts = this.watermarks.contacts.changedAmong(changed.contacts);
    const events = this.watermarks.events.changedAmong(changed.events);
    const meetings = this.watermarks.meetings.changedAmong(changed.meetings);
    const agreements = this.watermarks.agreements.changedAmong(changed.agreements);
    const relabelled = this.names.setTopics(changed.topics);
    const logged = this.loggedSinceApplied(changed.logged);
    const all = {
      organizations: withLogged(organizations, logged, 'organizations'),
      contacts: withLogged(contacts, logged, 'contacts'),
      events: withLogged(events, logged, 'events'),
      meetings: withLogged(meetings, logged, 'meetings'),
      agreements: withLogged(agreements, logged, 'agreements'),
    };
    const count = all.organizations.length + all.contacts.length + all.events.length + all.meetings.length + all.agreements.length + relabelled.length;
    const appliedLog = () => {
      if (logged) this.lastChangeId = logged.lastId!;
    };
    if (count === 0) return appliedLog();

    const renamedOrganizations = all.organizations.filter((org) => this.names.setOrganization(org)).map((org) => org.id);
    const renamedEvents = all.events.filter((event) => this.names.setEvent(event)).map((event) => event.id);
    const renamedPeople = all.contacts.filter((contact) => this.names.setPerson(contact)).map((contact) => contact.id);
    this.index.batch(() => {
      for (const org of all.organizations) this.applyOrganization(org);
      for (const contact of all.contacts) this.applyContact(contact);
    });
    await this.applyBorrowers({ meetings: all.meetings, events: all.events, agreements: all.agreements });
    await this.reindexDependents(renamedOrganizations, renamedPeople, renamedEvents, relabelled);

    this.watermarks.organizations.advance(organizations);
    this.watermarks.contacts.advance(contacts);
    this.watermarks.events.advance(events);
    this.watermarks.meetings.advance(meetings);
    this.watermarks.agreements.advance(agreements);
    appliedLog();
    this.events.onApplied?.(count);
  }

  /** The log entries read, unless a batch applied since already went past them. */
  private loggedSinceApplied(logged: LoggedRecords): LoggedRecords | null {
    return logged.lastId !== null && logged.lastId > this.lastChangeId ? logged : null;
  }

  /** Indexes the records that carry the names that changed, as they are stored now. */
  private async reindexDependents(organizationIds: string[], contactIds: string[], eventIds: string[], topicIds: string[]): Promise<void> {
    const { db } = this;
    const none = Promise.resolve([]);
    const renamedPeople = new Set(contactIds);
    const [people, units, byOrganization, byPerson, byEvent, byTopic, delegations, agreements] = await Promise.all([
      organizationIds.length ? db.contacts.where('organizationId').anyOf(organizationIds).toArray() : none,
      organizationIds.length ? db.organizations.where('parentId').anyOf(organizationIds).toArray() : none,
      organizationIds.length ? db.meetings.where('organizationIds').anyOf(organizationIds).toArray() : none,
      contactIds.length ? db.meetings.where('ourParticipantIds').anyOf(contactIds).or('theirParticipantIds').anyOf(contactIds).toArray() : none,
      eventIds.length ? db.meetings.where('eventId').anyOf(eventIds).toArray() : none,
      topicIds.length ? db.meetings.where('topics').anyOf(topicIds).toArray() : none,
      // Events are few (a delegation attends dozens a year), and their delegation has no index.
      contactIds.length ? db.events.filter((event) => event.delegation.some((id) => renamedPeople.has(id))).toArray() : none,
      this.agreementsNaming(organizationIds, renamedPeople),
    ]);
    this.index.batch(() => {
      for (const contact of people as Contact[]) this.applyContact(contact);
      for (const unit of units as Organization[]) this.applyOrganization(unit);
    });
    const meetings = new Map([...byOrganization, ...byPerson, ...byEvent, ...byTopic].map((meeting) => [meeting.id, meeting as Meeting]));
    await this.applyBorrowers({ meetings: [...meetings.values()], events: delegations as EventRecord[], agreements });
  }

  /** The agreements that have one of these organizations as a party or one of these people as a signatory. */
  private async agreementsNaming(organizationIds: readonly string[], people: ReadonlySet<string>): Promise<Agreement[]> {
    const { agreements } = this.db;
    const [byOrganization, bySignatory] = await Promise.all([
      organizationIds.length ? agreements.where('organizationIds').anyOf(organizationIds).toArray() : [],
      // Agreements are few (dozens a year), and their signatories have no index.
      people.size ? agreements.filter((agreement) => signatoriesOf(agreement).some((id) => people.has(id))).toArray() : [],
    ]);
    return [...new Map([...byOrganization, ...bySignatory].map((agreement) => [agreement.id, agreement])).values()];
  }

  /** Indexes meetings, events and agreements, first reading the names of any people they name that are not known yet. */
  private async applyBorrowers(borrowers: Borrowers): Promise<void> {
    const { meetings = [], events = [], agreements = [] } = borrowers;
    const wanted = this.names.unknownPeople(peopleNamedBy(borrowers));
    if (wanted.length > 0) this.names.learnPeople(wanted, await this.db.contacts.bulkGet(wanted));
    this.index.batch(() => {
      for (const event of events) {
        if (event.deletedAt === null) this.index.add(eventSearchProvider.toDocument(event, this.names));
        else this.index.remove('event', event.id);
      }
      for (const meeting of meetings) {
        if (meeting.deletedAt === null) this.index.add(meetingSearchProvider.toDocument(meeting, this.names));
        else this.index.remove('meeting', meeting.id);
      }
      for (const agreement of agreements) {
        if (agreement.deletedAt === null) this.index.add(agreementSearchProvider.toDocument(agreement, this.names));
        else this.index.remove('agreement', agreement.id);
      }
    });
  }

  private applyContact(contact: Contact): void {
    if (contact.deletedAt === null) this.index.add(contactSearchProvider.toDocument(contact, this.names));
    else this.index.remove('contact', contact.id);
  }

  private applyOrganization(org: Organization): void {
    if (org.deletedAt === null) this.index.add(organizationSearchProvider.toDocument(org, this.names));
    else this.index.remove('organization', org.id);
  }
}
