import type { Dexie, Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Ordered list of every schema the database has had. Append only: a released version is
 * never edited, since users' databases were created by it.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      contacts: 'id, updatedAt, deletedAt, organizationId, sortKey.uk, sortKey.ru, sortKey.en, *tags',
      organizations: 'id, updatedAt, deletedAt, parentId, sortKey.uk, sortKey.ru, sortKey.en, *tags',
    },
  },
  {
    // Events, meetings and follow-ups (issue 4). New tables only, so no upgrade step: a
    // version 1 database keeps its contacts and organizations and gains empty tables.
    version: 2,
    stores: {
      events: 'id, updatedAt, deletedAt, startDate, sortKey.uk, sortKey.ru, sortKey.en',
      // Multi-entry indexes answer "meetings with this person / organization / topic".
      meetings: 'id, updatedAt, deletedAt, eventId, date, status, *ourParticipantIds, *theirParticipantIds, *organizationIds, *topics',
      followUps: 'id, updatedAt, deletedAt, meetingId, ownerId, contactId, dueDate, status',
      // The editable topic vocabulary: user topics and relabelled seeded ones.
      topics: 'id',
    },
  },
  {
    // Issue 4, continued: contacts learn whether they are our own staff; files attached to
    // meetings and contacts (metadata apart from the bytes, so listing them reads no file);
    // which follow-ups have already been announced as due.
    version: 3,
    stores: {
      attachments: 'id, updatedAt, deletedAt, ownerId',
      attachmentBytes: 'id',
      dueNotices: 'id',
    },
    upgrade: async (tx) => {
      await tx
        .table('contacts')
        .toCollection()
        .modify((contact: { ourStaff?: boolean }) => {
          if (contact.ourStaff === undefined) contact.ourStaff = false;
        });
    },
  },
  {
    // Agreement drafts (issue 5): agreements with their clauses inline (one record is one
    // atomic write), saved versions apart (never edited), and the user's clause library
    // (edits of seeded clauses and the user's own, as topics are kept).
    version: 4,
    stores: {
      agreements: 'id, updatedAt, deletedAt, status, *organizationIds, *meetingIds, sortKey.uk, sortKey.ru, sortKey.en',
      agreementVersions: 'id, agreementId, createdAt',
      clauseLibrary: 'id, updatedAt, deletedAt, category',
    },
  },
  {
    // Exports and their delivery (issue 6): the outbox holds each file's bytes until a target
    // has it; sync targets hold where to (never a password).
    version: 5,
    stores: {
      // [targetId+contentHash]: queuing a file looks for the same bytes already queued or sent;
      // [targetId+state]: a delivery run reads its target's pending items, not its history.
      outbox: 'id, targetId, state, createdAt, [targetId+contentHash], [targetId+state]',
      // The files themselves: lists and state changes never read or rewrite them.
      outboxBytes: 'id',
      syncTargets: 'id',
    },
  },
  {
    // Import, backup and bundles (issue 7): what each import added and merged, so it can be
    // undone; and a log of writes that search's updatedAt watermark cannot see (records removed
    // outright by an undo, records merged in from a backup or bundle with their own older
    // updatedAt), read by the search worker by id order.
    version: 6,
    stores: {
      importBatches: 'id, createdAt',
      recordChanges: 'id',
    },
  },
];

export function applySchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
