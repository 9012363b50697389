import { describe, expect, it } from 'vitest';
import { emptyMeetingInput, type Meeting, type MeetingInput } from './meeting';
import { agendaDays, timeMeeting, type TimedMeeting } from './agenda';
import { dateInZone, dayToShow, nowAndNext, pickCurrentEvent, type DatedEvent } from './today';

const event = (id: string, startDate: string, endDate: string, timeZone = 'Europe/Warsaw'): DatedEvent => ({ id, startDate, endDate, timeZone });

const REBUILD = event('rebuild', '2026-11-17', '2026-11-18');
const KHARKIV_FORUM = event('forum', '2026-05-21', '2026-05-22', 'Europe/Kyiv');
const SIDE_VISIT = event('visit', '2026-11-18', '2026-11-18');
const PARIS_LAUNCH = event('paris', '2027-02-03', '2027-02-03', 'Europe/Paris');

describe('dateInZone', () => {
  it('reads today on the event’s clock, which may be a day ahead of the reader’s', () => {
    const lateEvening = Date.UTC(2026, 10, 16, 22, 30); // 23:30 in Warsaw, 00:30 in Kyiv
    expect(dateInZone(lateEvening, 'Europe/Warsaw', 'UTC')).toBe('2026-11-16');
    expect(dateInZone(lateEvening, 'Europe/Kyiv', 'UTC')).toBe('2026-11-17');
    expect(dateInZone(lateEvening, '', 'Europe/Kyiv')).toBe('2026-11-17');
  });
});

describe('pickCurrentEvent', () => {
  it('picks the event whose dates contain today', () => {
    const now = Date.UTC(2026, 10, 17, 9, 0);
    expect(pickCurrentEvent([KHARKIV_FORUM, REBUILD, PARIS_LAUNCH], now, 'UTC')).toEqual({ event: REBUILD, status: 'current', today: '2026-11-17' });
  });

  it('prefers the one that started latest when two are under way', () => {
    const now = Date.UTC(2026, 10, 18, 9, 0);
    expect(pickCurrentEvent([SIDE_VISIT, REBUILD], now, 'UTC')?.event.id).toBe('visit');
    expect(pickCurrentEvent([REBUILD, SIDE_VISIT], now, 'UTC')?.event.id).toBe('visit');
  });

  it('starts an event at midnight on its own clock, not the reader’s', () => {
    const justAfterKyivMidnight = Date.UTC(2026, 4, 20, 21, 30); // 00:30 on 21 May in Kyiv
    expect(pickCurrentEvent([KHARKIV_FORUM], justAfterKyivMidnight, 'Europe/Warsaw')?.status).toBe('current');
  });

  it('otherwise picks the next event to start, and nothing once all are over', () => {
    const between = Date.UTC(2026, 6, 1, 12, 0);
    expect(pickCurrentEvent([PARIS_LAUNCH, KHARKIV_FORUM, REBUILD], between, 'UTC')).toEqual({ event: REBUILD, status: 'upcoming', today: '2026-07-01' });
    expect(pickCurrentEvent([KHARKIV_FORUM, REBUILD], Date.UTC(2027, 0, 1), 'UTC')).toBeNull();
    expect(pickCurrentEvent([], between, 'UTC')).toBeNull();
  });
});

let nextId = 0;
function meeting(date: string, startTime: string, endTime: string, extra: Partial<MeetingInput> = {}): Meeting {
  nextId += 1;
  return {
    ...emptyMeetingInput(),
    eventId: 'rebuild',
    date,
    startTime,
    endTime,
    id: `m${String(nextId).padStart(3, '0')}`,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...extra,
  };
}

function timed(...meetings: Meeting[]): TimedMeeting[] {
  return meetings.map((m) => timeMeeting(m, REBUILD) as TimedMeeting);
}

describe('dayToShow', () => {
  const first = meeting('2026-11-17', '10:00', '11:00');
  const second = meeting('2026-11-18', '09:00', '10:00');
  const days = agendaDays(REBUILD, [first, second]);

  it('shows today when it has meetings', () => {
    expect(dayToShow(days, '2026-11-17')).toMatchObject({ day: { date: '2026-11-17' }, isToday: true });
  });

  it('otherwise the next day with meetings, or nothing', () => {
    expect(dayToShow(days, '2026-11-10')).toMatchObject({ day: { date: '2026-11-17' }, isToday: false });
    expect(dayToShow(agendaDays(REBUILD, [second]), '2026-11-17')).toMatchObject({ day: { date: '2026-11-18' }, isToday: false });
    expect(dayToShow(days, '2026-11-18')).toMatchObject({ isToday: true });
    expect(dayToShow(agendaDays(REBUILD, [first]), '2026-11-18')).toBeNull();
  });

  it('passes over days whose only meetings are cancelled or postponed', () => {
    const cancelledToday = meeting('2026-11-17', '10:00', '11:00', { status: 'cancelled' });
    const postponedTomorrow = meeting('2026-11-18', '10:00', '11:00', { status: 'postponed' });
    const later = meeting('2026-11-20', '10:00', '11:00');
    const withLater = agendaDays(REBUILD, [cancelledToday, postponedTomorrow, later]);
    expect(dayToShow(withLater, '2026-11-17')).toMatchObject({ day: { date: '2026-11-20' }, isToday: false });
    expect(dayToShow(agendaDays(REBUILD, [cancelledToday, postponedTomorrow]), '2026-11-17')).toBeNull();
  });
});

describe('nowAndNext', () => {
  const opening = meeting('2026-11-17', '09:00', '10:00');
  const delbe = meeting('2026-11-17', '10:00', '11:00');
  const hereliuk = meeting('2026-11-17', '10:30', '11:30');
  const cancelledEarlier = meeting('2026-11-17', '10:45', '11:00', { status: 'cancelled' });
  const lunchA = meeting('2026-11-17', '13:00', '14:00');
  const lunchB = meeting('2026-11-17', '13:00', '13:30');
  const items = timed(opening, delbe, hereliuk, cancelledEarlier, lunchA, lunchB);

  it('marks every meeting under way and the ones starting next', () => {
    const at1040 = Date.UTC(2026, 10, 17, 9, 40); // 10:40 in Warsaw
    const { nowIds, nextIds } = nowAndNext(items, at1040);
    expect([...nowIds]).toEqual([delbe.id, hereliuk.id]);
    expect([...nextIds]).toEqual([lunchA.id, lunchB.id]);
  });

  it('treats the end as the moment a meeting is over and skips cancelled ones', () => {
    const at1000 = Date.UTC(2026, 10, 17, 9, 0); // 10:00: the opening has just ended
    expect([...nowAndNext(items, at1000).nowIds]).toEqual([delbe.id]);
    const at1035 = Date.UTC(2026, 10, 17, 9, 35);
    expect([...nowAndNext(items, at1035).nextIds]).toEqual([lunchA.id, lunchB.id]);
    const evening = Date.UTC(2026, 10, 17, 18, 0);
    expect(nowAndNext(items, evening)).toEqual({ nowIds: new Set(), nextIds: new Set() });
  });
});
