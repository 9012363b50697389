import { liveQuery, type Subscription } from 'dexie';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import { contactSearchProvider } from '#shared/search/contact-search-provider';
import { organizationNameSpellings, organizationSearchProvider } from '#shared/search/organization-search-provider';
import type { SearchIndex } from '#shared/search/search-index';
import type { SearchContext } from '#shared/search/search-provider';
import type { DeskDatabase } from '../../data/db';
import { Watermark, type Stamped } from './watermark';

/**
 * Keeps a search index equal to the live records of a database: one full read at start, then
 * only what changed. Every write stamps `updatedAt` (moving to the Trash and restoring too), so a
 * live query from the watermark on sees each change, and Dexie re-runs it on writes from any page
 * or worker of the origin. A trashed record leaves the index; a purged one was trashed first.
 */

export interface SyncEvents {
  /** After a batch of changes was applied, with the number of records in it. */
  onApplied?(changes: number): void;
  onError?(error: unknown): void;
}

type Table = 'contacts' | 'organizations';

export class IndexSync {
  private readonly organizationNames = new Map<string, string[]>();
  private readonly context: SearchContext = { organizationNames: (id) => this.organizationNames.get(id) ?? [] };
  private readonly watermarks = { contacts: new Watermark(), organizations: new Watermark() };
  private subscription: Subscription | null = null;
  /** Batches apply one after another, since re-indexing an organization's people reads the database. */
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
    const [contacts, organizations] = await Promise.all([this.db.contacts.toArray(), this.db.organizations.toArray()]);
    for (const org of organizations) if (org.deletedAt === null) this.organizationNames.set(org.id, organizationNameSpellings(org));
    const live = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((record) => record.deletedAt === null);
    this.index.addAll([
      ...live(organizations).map((org) => organizationSearchProvider.toDocument(org, this.context)),
      ...live(contacts).map((contact) => contactSearchProvider.toDocument(contact, this.context)),
    ]);
    this.watermarks.contacts.advance(contacts);
    this.watermarks.organizations.advance(organizations);
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
    const changes = liveQuery(async () => ({
      organizations: await this.changedIn<Organization>('organizations'),
      contacts: await this.changedIn<Contact>('contacts'),
    }));
    this.subscription = changes.subscribe({
      next: (changed) => {
        this.applying = this.applying.then(() => this.apply(changed)).catch((error: unknown) => this.events.onError?.(error));
      },
      error: (error: unknown) => this.events.onError?.(error),
    });
  }

  private async apply({ contacts, organizations }: { contacts: Contact[]; organizations: Organization[] }): Promise<void> {
    // The live query may have run before the last batch moved the watermark: keep what is new.
    const newOrganizations = this.watermarks.organizations.changedAmong(organizations);
    const newContacts = this.watermarks.contacts.changedAmong(contacts);
    if (newOrganizations.length === 0 && newContacts.length === 0) return;

    const renamed: string[] = [];
    for (const org of newOrganizations) {
      const before = this.organizationNames.get(org.id)?.join('\n');
      if (org.deletedAt === null) this.organizationNames.set(org.id, organizationNameSpellings(org));
      else this.organizationNames.delete(org.id);
      this.applyOrganization(org);
      if (before !== this.organizationNames.get(org.id)?.join('\n')) renamed.push(org.id);
    }
    for (const contact of newContacts) this.applyContact(contact);
    if (renamed.length > 0) await this.reindexMembersOf(renamed);
    this.watermarks.organizations.advance(newOrganizations);
    this.watermarks.contacts.advance(newContacts);
    this.events.onApplied?.(newOrganizations.length + newContacts.length);
  }

  /** People and child organizations carry their organization's names: index them again. */
  private async reindexMembersOf(organizationIds: readonly string[]): Promise<void> {
    const [people, children] = await Promise.all([
      this.db.contacts.where('organizationId').anyOf(organizationIds).toArray(),
      this.db.organizations.where('parentId').anyOf(organizationIds).toArray(),
    ]);
    for (const contact of people) this.applyContact(contact);
    for (const child of children) this.applyOrganization(child);
  }

  private applyContact(contact: Contact): void {
    if (contact.deletedAt === null) this.index.add(contactSearchProvider.toDocument(contact, this.context));
    else this.index.remove('contact', contact.id);
  }

  private applyOrganization(org: Organization): void {
    if (org.deletedAt === null) this.index.add(organizationSearchProvider.toDocument(org, this.context));
    else this.index.remove('organization', org.id);
  }
}
