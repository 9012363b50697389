import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskDatabase } from './db';
import { logRecordChanges } from './record-changes';

const DAY = 24 * 60 * 60 * 1000;
let db: DeskDatabase;
afterEach(async () => db?.delete());

describe('logRecordChanges', () => {
  it('appends in write order and drops entries older than a week', async () => {
    db = new DeskDatabase(`changes-${Math.random()}`);
    const start = Date.UTC(2026, 10, 1);
    await logRecordChanges(db, 'contacts', 'removed', ['A'], start);
    await logRecordChanges(db, 'contacts', 'written', [], start + DAY);
    await logRecordChanges(db, 'meetings', 'written', ['B', 'C'], start + 2 * DAY);
    expect((await db.recordChanges.toArray()).map((c) => [c.table, c.kind, c.recordIds])).toEqual([
      ['contacts', 'removed', ['A']],
      ['meetings', 'written', ['B', 'C']],
    ]);
    await logRecordChanges(db, 'events', 'removed', ['D'], start + 8 * DAY);
    expect((await db.recordChanges.toArray()).map((c) => c.recordIds)).toEqual([['B', 'C'], ['D']]);
  });
});
