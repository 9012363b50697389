import { instantToWallTime } from '../time/zoned-time';
import type { FollowUp } from './follow-up';

/**
 * When follow-ups are due, on calendar dates ('YYYY-MM-DD') as the user's own clock reads
 * them: which group a follow-up falls in, how late it is, and which ones to announce.
 * Dates are compared as strings and counted in UTC days, so no zone or daylight-saving
 * change can shift them.
 */

type Scheduled = Pick<FollowUp, 'id' | 'dueDate' | 'status'>;

export const DUE_GROUPS = ['overdue', 'thisWeek', 'later', 'closed'] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

function isoFromUtcDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date a clock in `timeZone` shows at `instant`, e.g. today for this computer. */
export function isoDateAt(instant: number, timeZone: string): string {
  return instantToWallTime(instant, timeZone).date;
}

export function addDays(isoDate: string, days: number): string {
  return isoFromUtcDay(utcDay(isoDate) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return utcDay(to) - utcDay(from);
}

/** The Sunday that ends the week (Monday to Sunday) holding `isoDate`; a Sunday ends its own. */
export function endOfWeek(isoDate: string): string {
  // 1970-01-01 was a Thursday: day 0 → 3 days after Monday.
  const daysSinceMonday = (((utcDay(isoDate) + 3) % 7) + 7) % 7;
  return addDays(isoDate, 6 - daysSinceMonday);
}

/** Days a follow-up is past due on `today`; 0 when it is not overdue (or not open). */
export function daysOverdue(item: Scheduled, today: string): number {
  if (item.status !== 'open' || item.dueDate === null || item.dueDate >= today) return 0;
  return daysBetween(item.dueDate, today);
}

/**
 * Overdue: due before today. This week: today through Sunday. Later: after Sunday (or, for a
 * record older than the rule that open items need a date, no date at all). Closed: done or dropped.
 */
export function dueGroupOf(item: Scheduled, today: string): DueGroup {
  if (item.status !== 'open') return 'closed';
  if (item.dueDate === null) return 'later';
  if (item.dueDate < today) return 'overdue';
  return item.dueDate <= endOfWeek(today) ? 'thisWeek' : 'later';
}

/** Soonest due first, undated last; ids (ULIDs, so creation order) break ties. */
export function compareDue(a: Scheduled, b: Scheduled): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Open ones first, each part soonest due first. */
function compareOpenFirst(a: Scheduled, b: Scheduled): number {
  const open = Number(b.status === 'open') - Number(a.status === 'open');
  return open !== 0 ? open : compareDue(a, b);
}

export interface Group<K, T> {
  key: K;
  items: T[];
}

/** Overdue, due this week, later, then done and dropped; empty groups are left out. */
export function groupByDue<T extends Scheduled>(items: readonly T[], today: string): Group<DueGroup, T>[] {
  const groups = new Map<DueGroup, T[]>(DUE_GROUPS.map((key) => [key, []]));
  for (const item of items) groups.get(dueGroupOf(item, today))!.push(item);
  return DUE_GROUPS.map((key) => ({ key, items: groups.get(key)!.sort(compareDue) })).filter((group) => group.items.length > 0);
}

/**
 * One group per owner, in the order of `ownerSortKey` (e.g. the owners' collation keys in the
 * UI language; owners without one come last); inside, open items first, soonest due first.
 */
export function groupByOwner<T extends Scheduled & Pick<FollowUp, 'ownerId'>>(
  items: readonly T[],
  ownerSortKey: (ownerId: string) => string,
): Group<string, T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.ownerId);
    if (group) group.push(item);
    else groups.set(item.ownerId, [item]);
  }
  const keyOf = new Map([...groups.keys()].map((ownerId) => [ownerId, ownerSortKey(ownerId)]));
  const byOwner = (a: string, b: string) => {
    const [ka, kb] = [keyOf.get(a)!, keyOf.get(b)!];
    if (ka !== kb) {
      if (ka === '') return 1;
      if (kb === '') return -1;
      return ka < kb ? -1 : 1;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return [...groups.keys()].sort(byOwner).map((key) => ({ key, items: groups.get(key)!.sort(compareOpenFirst) }));
}

/**
 * The follow-ups to announce as due on `today`: open, due today or earlier, and not yet
 * announced for their current due date (`announced`: follow-up id → the due date announced).
 * Moving a due date therefore earns a new announcement when the new date comes.
 */
export function selectDueToAnnounce<T extends Scheduled>(
  items: readonly T[],
  announced: ReadonlyMap<string, string>,
  today: string,
): T[] {
  return items
    .filter((item) => item.status === 'open' && item.dueDate !== null && item.dueDate <= today && announced.get(item.id) !== item.dueDate)
    .sort(compareDue);
}

/** The most notifications one check shows; a longer backlog (a first start, an import) is summed up. */
export const MAX_ANNOUNCEMENTS_AT_ONCE = 3;

/**
 * Splits what is due into the follow-ups announced one by one and those only counted in one
 * summary, so a first start with a long backlog does not bury the screen: never more than
 * `limit` notifications, and a summary always stands for at least two follow-ups. The most
 * recently due are the ones announced separately.
 */
export function planAnnouncements<T extends Scheduled>(
  due: readonly T[],
  limit = MAX_ANNOUNCEMENTS_AT_ONCE,
): { separate: T[]; summarized: T[] } {
  if (due.length <= limit) return { separate: [...due], summarized: [] };
  const latestFirst = [...due].sort((a, b) => compareDue(b, a));
  return { separate: latestFirst.slice(0, limit - 1), summarized: latestFirst.slice(limit - 1) };
}
