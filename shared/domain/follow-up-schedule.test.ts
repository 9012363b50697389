import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysOverdue,
  dueGroupOf,
  endOfWeek,
  groupByDue,
  groupByOwner,
  isoDateAt,
  planAnnouncements,
  selectDueToAnnounce,
} from './follow-up-schedule';
import type { FollowUpStatus } from './follow-up';

interface Item {
  id: string;
  dueDate: string | null;
  status: FollowUpStatus;
  ownerId: string;
}

let serial = 0;
/** Ids rise in creation order, as ULIDs do. */
function item(dueDate: string | null, status: FollowUpStatus = 'open', ownerId = 'terekhov'): Item {
  serial += 1;
  return { id: `fu-${String(serial).padStart(3, '0')}`, dueDate, status, ownerId };
}

const ids = (items: readonly Item[]) => items.map((i) => i.id);

// Wednesday 20 May 2026: Kharkiv, the day the secretary met the Belgian ambassador.
const WEDNESDAY = '2026-05-20';

describe('calendar arithmetic', () => {
  it('reads today from the clock of the user’s zone, not UTC', () => {
    // 22:30 UTC on 20 May is already 21 May in Kyiv (UTC+3 in summer) but still 20 May in Lisbon.
    const lateEvening = Date.UTC(2026, 4, 20, 22, 30);
    expect(isoDateAt(lateEvening, 'Europe/Kyiv')).toBe('2026-05-21');
    expect(isoDateAt(lateEvening, 'Europe/Lisbon')).toBe('2026-05-20');
    expect(isoDateAt(lateEvening, 'America/New_York')).toBe('2026-05-20');
  });

  it('adds and counts days across month, year and leap-day ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-25', '2027-01-02')).toBe(8);
    expect(daysBetween('2027-01-02', '2026-12-25')).toBe(-8);
  });

  it('counts a daylight-saving weekend as whole days', () => {
    // Europe switched to summer time in the night to Sunday 29 March 2026.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(endOfWeek('2026-03-27')).toBe('2026-03-29');
  });

  it('ends a week on its Sunday, and a Sunday ends its own week', () => {
    expect(endOfWeek('2026-05-18')).toBe('2026-05-24'); // Monday
    expect(endOfWeek(WEDNESDAY)).toBe('2026-05-24');
    expect(endOfWeek('2026-05-24')).toBe('2026-05-24'); // Sunday
    expect(endOfWeek('2026-05-25')).toBe('2026-05-31'); // the next Monday starts a new week
  });

  it('runs the week across the new year', () => {
    expect(endOfWeek('2026-12-28')).toBe('2027-01-03');
    expect(endOfWeek('2026-12-31')).toBe('2027-01-03');
    expect(endOfWeek('2027-01-03')).toBe('2027-01-03');
  });
});

describe('dueGroupOf', () => {
  it('puts yesterday in overdue, today through Sunday in this week, Monday on in later', () => {
    expect(dueGroupOf(item('2026-05-19'), WEDNESDAY)).toBe('overdue');
    expect(dueGroupOf(item(WEDNESDAY), WEDNESDAY)).toBe('thisWeek');
    expect(dueGroupOf(item('2026-05-24'), WEDNESDAY)).toBe('thisWeek');
    expect(dueGroupOf(item('2026-05-25'), WEDNESDAY)).toBe('later');
  });

  it('on a Sunday, only that day is left of the week', () => {
    expect(dueGroupOf(item('2026-05-24'), '2026-05-24')).toBe('thisWeek');
    expect(dueGroupOf(item('2026-05-25'), '2026-05-24')).toBe('later');
    expect(dueGroupOf(item('2026-05-23'), '2026-05-24')).toBe('overdue');
  });

  it('keeps the last days of December and the first of January in one week', () => {
    expect(dueGroupOf(item('2027-01-03'), '2026-12-30')).toBe('thisWeek');
    expect(dueGroupOf(item('2027-01-04'), '2026-12-30')).toBe('later');
    expect(dueGroupOf(item('2026-12-31'), '2027-01-01')).toBe('overdue');
  });

  it('puts done and dropped follow-ups apart, however late their date', () => {
    expect(dueGroupOf(item('2026-01-01', 'done'), WEDNESDAY)).toBe('closed');
    expect(dueGroupOf(item(null, 'dropped'), WEDNESDAY)).toBe('closed');
  });

  it('treats an open follow-up without a date (stored before dates were required) as later', () => {
    expect(dueGroupOf(item(null), WEDNESDAY)).toBe('later');
  });
});

describe('daysOverdue', () => {
  it('counts days past the due date, across the year end', () => {
    expect(daysOverdue(item('2026-05-19'), WEDNESDAY)).toBe(1);
    expect(daysOverdue(item('2026-12-20'), '2027-01-02')).toBe(13);
  });

  it('is 0 on the due day, before it, and for closed items', () => {
    expect(daysOverdue(item(WEDNESDAY), WEDNESDAY)).toBe(0);
    expect(daysOverdue(item('2026-06-01'), WEDNESDAY)).toBe(0);
    expect(daysOverdue(item('2026-05-01', 'done'), WEDNESDAY)).toBe(0);
  });
});

describe('groupByDue', () => {
  it('lists overdue, this week, later, then closed, soonest first in each', () => {
    const laterB = item('2026-07-01');
    const weekB = item('2026-05-24');
    const overdueB = item('2026-05-19');
    const laterA = item('2026-05-25');
    const weekA = item(WEDNESDAY);
    const overdueA = item('2026-04-30');
    const done = item('2026-05-10', 'done');
    const groups = groupByDue([laterB, weekB, overdueB, done, laterA, weekA, overdueA], WEDNESDAY);
    expect(groups.map((g) => [g.key, ids(g.items)])).toEqual([
      ['overdue', ids([overdueA, overdueB])],
      ['thisWeek', ids([weekA, weekB])],
      ['later', ids([laterA, laterB])],
      ['closed', ids([done])],
    ]);
  });

  it('breaks ties on the same date by creation order and leaves out empty groups', () => {
    const first = item('2026-06-10');
    const second = item('2026-06-10');
    expect(groupByDue([second, first], WEDNESDAY).map((g) => [g.key, ids(g.items)])).toEqual([['later', ids([first, second])]]);
  });
});

describe('groupByOwner', () => {
  const sortKeys: Record<string, string> = { terekhov: 'терехов', lysohor: 'лисогор' };
  const sortKey = (ownerId: string) => sortKeys[ownerId] ?? '';

  it('orders owners by their sort key, unknown owners last, open items first by due date', () => {
    const tLate = item('2026-06-01', 'open', 'terekhov');
    const tDone = item('2026-05-01', 'done', 'terekhov');
    const tSoon = item('2026-05-19', 'open', 'terekhov');
    const lOnly = item('2026-05-22', 'open', 'lysohor');
    const ghost = item('2026-05-22', 'open', 'purged-owner');
    const groups = groupByOwner([tLate, ghost, tDone, lOnly, tSoon], sortKey);
    expect(groups.map((g) => [g.key, ids(g.items)])).toEqual([
      ['lysohor', ids([lOnly])],
      ['terekhov', ids([tSoon, tLate, tDone])],
      ['purged-owner', ids([ghost])],
    ]);
  });
});

describe('selectDueToAnnounce', () => {
  it('announces open follow-ups due today or earlier, once per due date', () => {
    const dueToday = item(WEDNESDAY);
    const overdue = item('2026-05-11');
    const tomorrow = item('2026-05-21');
    const done = item('2026-05-11', 'done');
    const alreadyAnnounced = item('2026-05-18');
    const announced = new Map([[alreadyAnnounced.id, '2026-05-18']]);
    expect(ids(selectDueToAnnounce([dueToday, overdue, tomorrow, done, alreadyAnnounced], announced, WEDNESDAY))).toEqual(
      ids([overdue, dueToday]),
    );
  });

  it('announces again once a follow-up moved to a later date falls due on it', () => {
    const moved = item('2026-05-22');
    const announced = new Map([[moved.id, '2026-05-18']]);
    expect(selectDueToAnnounce([moved], announced, WEDNESDAY)).toEqual([]);
    expect(ids(selectDueToAnnounce([moved], announced, '2026-05-22'))).toEqual(ids([moved]));
  });
});

describe('planAnnouncements', () => {
  it('announces a few due follow-ups one by one', () => {
    const due = [item('2026-05-18'), item('2026-05-19'), item(WEDNESDAY)];
    expect(planAnnouncements(due, 3)).toEqual({ separate: due, summarized: [] });
  });

  it('sums up a backlog: the latest due separately, the rest in one summary of at least two', () => {
    const due = [item('2026-05-01'), item('2026-05-02'), item('2026-05-19'), item(WEDNESDAY)];
    const plan = planAnnouncements(due, 3);
    expect(ids(plan.separate)).toEqual(ids([due[3]!, due[2]!]));
    expect(ids(plan.summarized).sort()).toEqual(ids([due[0]!, due[1]!]).sort());
  });
});
