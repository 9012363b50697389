/**
 * How far a table's changes have been applied: the newest `updatedAt` seen, and the records
 * already applied at exactly that time, since a query from the watermark on returns them again
 * and a record written in the same millisecond must still count as a change.
 */

export interface Stamped {
  id: string;
  updatedAt: number;
}

/** Up to this many records at the watermark are re-read to catch a rewrite in the same millisecond. */
const RECHECK_LIMIT = 500;

export class Watermark {
  at = 0;
  /** Applied records at `at`: their content, or '' past RECHECK_LIMIT (a bulk import's one stamp). */
  private applied = new Map<string, string>();

  private static fingerprint(record: Stamped, detailed: boolean): string {
    return detailed ? JSON.stringify(record) : '';
  }

  /** Keys at the watermark worth reading again: new ones, and all of them while there are few. */
  keysToRecheck(at: number, keysAtWatermark: readonly string[]): string[] {
    if (at !== this.at) return [...keysAtWatermark];
    if (keysAtWatermark.length <= RECHECK_LIMIT) return [...keysAtWatermark];
    return keysAtWatermark.filter((key) => !this.applied.has(key));
  }

  /** The records that are not yet applied as they are. */
  changedAmong<T extends Stamped>(records: readonly T[]): T[] {
    return records.filter((record) => {
      if (record.updatedAt !== this.at) return record.updatedAt > this.at;
      const known = this.applied.get(record.id);
      return known === undefined || (known !== '' && known !== Watermark.fingerprint(record, true));
    });
  }

  /** Notes records as applied. */
  advance(records: readonly Stamped[]): void {
    const newest = records.reduce((max, record) => Math.max(max, record.updatedAt), this.at);
    if (newest > this.at) {
      this.at = newest;
      this.applied = new Map();
    }
    const atNewest = records.filter((record) => record.updatedAt === this.at);
    const detailed = this.applied.size + atNewest.length <= RECHECK_LIMIT;
    for (const record of atNewest) this.applied.set(record.id, Watermark.fingerprint(record, detailed));
  }
}
