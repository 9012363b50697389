import { liveQuery } from 'dexie';
import type { Contact } from '#shared/domain/contact';
import { contactSortName, organizationDisplayName } from '#shared/domain/display-name';
import { toContactRow, type ContactRow } from '../../../renderer/features/contacts/contact-rows';
import type { Workspace } from '../../../renderer/data/workspace';
import type { CollationCheck, SortMeasure } from './bench-api';

/**
 * Sorting 100k contacts by name: the stored collation keys against `Intl.Collator('uk')`, in
 * memory and straight from IndexedDB, plus what the contacts screen does with the result.
 */

export interface SortInputs {
  workspace: Workspace;
  records: Contact[];
  names: string[];
  keys: string[];
  rows: ContactRow[];
  /** The rows in stored-key order, as the list reads them from the `sortKey.uk` index. */
  rowsInIndexOrder: ContactRow[];
  organizationNames: Map<string, string>;
}

const byStoredKey = (a: Contact, b: Contact) => (a.sortKey.uk < b.sortKey.uk ? -1 : a.sortKey.uk > b.sortKey.uk ? 1 : 0);
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first result of a live query, as `useLiveQuery` gets it, then unsubscribes. */
function firstLiveResult<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        queueMicrotask(() => subscription.unsubscribe());
        resolve(value);
      },
      error: reject,
    });
  });
}

async function liveContactsByPrimaryKey(workspace: Workspace): Promise<Contact[]> {
  const all = await workspace.db.contacts.toArray();
  return all.filter((record) => record.deletedAt === null).sort(byStoredKey);
}

export async function loadSortInputs(workspace: Workspace): Promise<SortInputs> {
  const records = await workspace.db.contacts.toArray();
  const organizations = await workspace.db.organizations.toArray();
  const organizationNames = new Map(organizations.map((org) => [org.id, organizationDisplayName(org, 'uk')]));
  return {
    workspace,
    records,
    names: records.map((record) => contactSortName(record, 'uk')),
    keys: records.map((record) => record.sortKey.uk),
    rows: records.map((record) => toContactRow(record, organizationNames, 'uk')),
    rowsInIndexOrder: records
      .slice()
      .sort(byStoredKey)
      .map((record) => toContactRow(record, organizationNames, 'uk')),
    organizationNames,
  };
}

/** Both orders must list the same names; collator-equal names may swap, so compare with it. */
export function checkCollation({ records }: SortInputs): CollationCheck {
  const collator = new Intl.Collator('uk');
  const byKey = records.slice().sort(byStoredKey).map((record) => contactSortName(record, 'uk'));
  const byCollator = records.map((record) => contactSortName(record, 'uk')).sort(collator.compare);
  const examples: CollationCheck['examples'] = [];
  let mismatches = 0;
  for (let i = 0; i < byKey.length; i++) {
    if (collator.compare(byKey[i], byCollator[i]) === 0) continue;
    mismatches++;
    if (examples.length < 5) examples.push({ index: i, byKey: byKey[i], byCollator: byCollator[i] });
  }
  return { records: records.length, mismatches, examples };
}

export async function measureSort(inputs: SortInputs, measure: SortMeasure): Promise<number> {
  const { workspace, records, names } = inputs;
  switch (measure) {
    case 'keySort': {
      const copy = records.slice();
      const start = performance.now();
      copy.sort(byStoredKey);
      return performance.now() - start;
    }
    case 'collatorSort': {
      const copy = names.slice();
      const collator = new Intl.Collator('uk');
      const start = performance.now();
      copy.sort(collator.compare);
      return performance.now() - start;
    }
    case 'keyStringSort': {
      const copy = inputs.keys.slice();
      const start = performance.now();
      copy.sort(byString);
      return performance.now() - start;
    }
    case 'presortedNameSort': {
      const start = performance.now();
      const descending = inputs.rowsInIndexOrder.slice().reverse();
      const elapsed = performance.now() - start;
      if (descending.length !== inputs.rowsInIndexOrder.length) throw new Error('lost rows');
      return elapsed;
    }
    case 'rowKeySort': {
      const copy = inputs.rows.slice();
      const start = performance.now();
      copy.sort((a, b) => byString(a.sortKey, b.sortKey));
      return performance.now() - start;
    }
    case 'storeRead': {
      const start = performance.now();
      const read = await workspace.db.contacts.toArray();
      return expectCount(read.length, records.length, performance.now() - start);
    }
    case 'indexRead': {
      const start = performance.now();
      const read = await workspace.db.contacts.orderBy('sortKey.uk').toArray();
      return expectCount(read.length, records.length, performance.now() - start);
    }
    case 'readAndCollatorSort': {
      const start = performance.now();
      const read = await workspace.db.contacts.toArray();
      const collator = new Intl.Collator('uk');
      const named = read.map((record) => ({ record, name: contactSortName(record, 'uk') }));
      named.sort((a, b) => collator.compare(a.name, b.name));
      return expectCount(named.length, records.length, performance.now() - start);
    }
    case 'listLive': {
      const start = performance.now();
      const read = await workspace.contacts.listLive('sortKey.uk');
      return expectCount(read.length, records.length, performance.now() - start);
    }
    case 'listLiveObserved': {
      const start = performance.now();
      const read = await firstLiveResult(() => workspace.contacts.listLive('sortKey.uk'));
      return expectCount(read.length, records.length, performance.now() - start);
    }
    case 'primaryReadObserved': {
      const start = performance.now();
      const read = await firstLiveResult(() => liveContactsByPrimaryKey(workspace));
      return expectCount(read.length, records.length, performance.now() - start);
    }
    case 'buildRows': {
      const start = performance.now();
      const rows = records.map((record) => toContactRow(record, inputs.organizationNames, 'uk'));
      return expectCount(rows.length, records.length, performance.now() - start);
    }
  }
}

function expectCount(actual: number, expected: number, ms: number): number {
  if (actual !== expected) throw new Error(`read ${actual} contacts, expected ${expected}`);
  return ms;
}
