import type { FollowUp } from '#shared/domain/follow-up';
import { selectDueToAnnounce } from '#shared/domain/follow-up-schedule';
import type { DeskDatabase } from './db';
import { guardStorage } from './storage-error';

export interface DueFollowUps {
  /** How many open follow-ups are due today or earlier, neither they nor their meeting in the Trash. */
  dueCount: number;
  /** The ids of those not yet announced for their current due date, soonest due first. */
  unannouncedIds: string[];
}

const present = <T,>(record: T | undefined): record is T => record !== undefined;

/**
 * The bookkeeping behind "announce each due follow-up once": which follow-ups are due, and a
 * DueNotice (follow-up id → the due date announced) per announcement, kept in IndexedDB so a
 * reload, a second window or a restart does not announce it again.
 *
 * The check runs at start and on every change to follow-ups, so it reads index keys only
 * (ids, due dates, statuses, Trash marks) and the small notices, never whole follow-ups or
 * meetings: with tens of thousands of them, that would stall the page each time.
 */
export function createDueNotices(db: DeskDatabase, now: () => number = Date.now) {
  /** Follow-up id → due date, for every follow-up due on or before `today`, by a key cursor. */
  async function dueDates(today: string): Promise<Map<string, string>> {
    const dates = new Map<string, string>();
    await db.followUps
      .where('dueDate')
      .belowOrEqual(today)
      .eachKey((dueDate, cursor) => {
        dates.set(cursor.primaryKey, dueDate as string);
      });
    return dates;
  }

  /** Ids of follow-ups that are not open, or in the Trash, or on a meeting in the Trash. */
  async function excludedIds(): Promise<(id: string) => boolean> {
    const [open, trashed, trashedMeetings] = await Promise.all([
      db.followUps.where('status').equals('open').primaryKeys(),
      db.followUps.where('deletedAt').above(0).primaryKeys(),
      db.meetings.where('deletedAt').above(0).primaryKeys(),
    ]);
    const ofTrashedMeetings = await Promise.all(trashedMeetings.map((id) => db.followUps.where('meetingId').equals(id).primaryKeys()));
    const openIds = new Set(open);
    const gone = new Set([...trashed, ...ofTrashedMeetings.flat()]);
    return (id) => !openIds.has(id) || gone.has(id);
  }

  return {
    async listDue(today: string): Promise<DueFollowUps> {
      return guardStorage(async () => {
        const [dates, excluded, notices] = await Promise.all([dueDates(today), excludedIds(), db.dueNotices.toArray()]);
        const announced = new Map(notices.map((notice) => [notice.id, notice.dueDate]));
        // Only open ones are left once the excluded are out.
        const due = [...dates].filter(([id]) => !excluded(id)).map(([id, dueDate]) => ({ id, dueDate, status: 'open' as const }));
        return { dueCount: due.length, unannouncedIds: selectDueToAnnounce(due, announced, today).map((item) => item.id) };
      });
    },

    /**
     * Records the announcement of those of `ids` still due and unannounced, and returns them:
     * only what this call claimed may be announced. The check of the
     * notices and their writing share one read-write transaction, so two windows (or a check
     * that overlaps the next) never announce the same follow-up twice; it locks the notices
     * alone, never the follow-ups or meetings other screens are reading. Records are read
     * afresh, since a due date may have moved since the caller looked.
     */
    async claim(ids: readonly string[], today: string): Promise<FollowUp[]> {
      if (ids.length === 0) return [];
      return guardStorage(async () => {
        const [current, trashedMeetings] = await Promise.all([
          db.followUps.bulkGet([...ids]),
          db.meetings.where('deletedAt').above(0).primaryKeys(),
        ]);
        const inTrash = new Set(trashedMeetings);
        const candidates = current.filter(present).filter((f) => f.deletedAt === null && !inTrash.has(f.meetingId));
        return db.transaction('rw', db.dueNotices, async () => {
          const notices = await db.dueNotices.bulkGet(candidates.map((f) => f.id));
          const announced = new Map(notices.filter(present).map((notice) => [notice.id, notice.dueDate]));
          const toAnnounce = selectDueToAnnounce(candidates, announced, today);
          const at = now();
          await db.dueNotices.bulkPut(toAnnounce.map((f) => ({ id: f.id, dueDate: f.dueDate!, notifiedAt: at })));
          return toAnnounce;
        });
      });
    },
  };
}

export type DueNotices = ReturnType<typeof createDueNotices>;
