import { describe, expect, it } from 'vitest';
import { emptyMeetingInput, type Meeting, type MeetingInput } from './meeting';
import {
  addDays,
  agendaDays,
  clashNotesByMeeting,
  datesBetween,
  findClashes,
  MAX_LISTED_DAYS,
  timeMeeting,
  type TimedMeeting,
} from './agenda';

const EVENT_ID = '01JH00000000000000000000EV';
const LYSOHOR = '01JH00000000000000000000AL';
const NAIDA = '01JH00000000000000000000AN';
const HNATIUK = '01JH00000000000000000000OH';
const WARSAW_EVENT = { timeZone: 'Europe/Warsaw', startDate: '2026-11-17', endDate: '2026-11-18' };

let nextId = 0;

/** A meeting of the Warsaw event; ids grow in creation order, like ULIDs. */
function meeting(startTime: string, endTime: string, extra: Partial<MeetingInput> & { id?: string } = {}): Meeting {
  nextId += 1;
  return {
    ...emptyMeetingInput(),
    title: { uk: `Зустріч ${nextId}`, ru: '', en: '' },
    eventId: EVENT_ID,
    date: '2026-11-17',
    startTime,
    endTime,
    ourParticipantIds: [LYSOHOR],
    id: `01JH0000000000000000000${String(nextId).padStart(3, '0')}`,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...extra,
  };
}

function timed(...meetings: Meeting[]): TimedMeeting[] {
  return meetings.map((m) => {
    const result = timeMeeting(m, WARSAW_EVENT);
    if (!result) throw new Error(`untimed: ${m.id}`);
    return result;
  });
}

/** Each clash as "first title × second title: people". */
function describeClashes(items: TimedMeeting[]): string[] {
  return findClashes(items).map(({ meetings: [a, b], personIds }) => `${a.meeting.title.uk} × ${b.meeting.title.uk}: ${personIds.join(',')}`);
}

describe('calendar days', () => {
  it('counts days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(datesBetween('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(datesBetween('2026-11-18', '2026-11-17')).toEqual([]);
  });
});

describe('agendaDays', () => {
  it('lists every day of the event, empty ones too, with meetings in programme order', () => {
    const late = meeting('14:00', '15:00');
    const early = meeting('09:30', '10:00');
    const sameStartLonger = meeting('09:30', '11:00');
    const days = agendaDays({ startDate: '2026-11-17', endDate: '2026-11-19' }, [late, sameStartLonger, early]);
    expect(days.map((d) => [d.date, d.inEvent, d.meetings.map((m) => m.id)])).toEqual([
      ['2026-11-17', true, [early.id, sameStartLonger.id, late.id]],
      ['2026-11-18', true, []],
      ['2026-11-19', true, []],
    ]);
  });

  it('orders meetings in different zones by when they start in the world', () => {
    const warsaw = meeting('11:30', '12:00');
    const kyiv = meeting('12:00', '12:30', { timeZone: 'Europe/Kyiv' }); // 11:00–11:30 in Warsaw
    const warsawSameStartLonger = meeting('11:00', '12:00');
    const times = new Map(timed(warsaw, kyiv, warsawSameStartLonger).map((item) => [item.meeting.id, item]));
    const [day] = agendaDays({ startDate: '2026-11-17', endDate: '2026-11-17' }, [warsaw, warsawSameStartLonger, kyiv], (m) => times.get(m.id));
    expect(day.meetings.map((m) => m.id)).toEqual([kyiv.id, warsawSameStartLonger.id, warsaw.id]);
    // Without instants the wall clocks decide.
    expect(agendaDays({ startDate: '2026-11-17', endDate: '2026-11-17' }, [kyiv, warsaw])[0].meetings.map((m) => m.id)).toEqual([warsaw.id, kyiv.id]);
  });

  it('adds the days meetings fall on outside the event’s dates, in date order', () => {
    const before = meeting('18:00', '19:00', { date: '2026-11-16' });
    const after = meeting('09:00', '10:00', { date: '2026-11-21' });
    const days = agendaDays({ startDate: '2026-11-17', endDate: '2026-11-18' }, [after, before]);
    expect(days.map((d) => [d.date, d.inEvent, d.meetings.length])).toEqual([
      ['2026-11-16', false, 1],
      ['2026-11-17', true, 0],
      ['2026-11-18', true, 0],
      ['2026-11-21', false, 1],
    ]);
  });

  it('lists only the days with meetings for an event longer than a month', () => {
    const inSeries = meeting('16:00', '17:00', { date: '2026-03-10' });
    const days = agendaDays({ startDate: '2026-01-01', endDate: '2026-06-30' }, [inSeries]);
    expect(days.map((d) => [d.date, d.inEvent])).toEqual([['2026-03-10', true]]);
    expect(agendaDays({ startDate: '2026-01-01', endDate: addDays('2026-01-01', MAX_LISTED_DAYS - 1) }, [])).toHaveLength(MAX_LISTED_DAYS);
  });
});

describe('timeMeeting', () => {
  it('times a meeting in its own zone before its event’s, and gives up without a usable zone', () => {
    const inKyiv = meeting('10:00', '11:00', { timeZone: 'Europe/Kyiv' });
    expect(timeMeeting(inKyiv, WARSAW_EVENT)?.start).toBe(Date.UTC(2026, 10, 17, 8, 0));
    expect(timeMeeting(meeting('10:00', '11:00'), WARSAW_EVENT)?.start).toBe(Date.UTC(2026, 10, 17, 9, 0));
    expect(timeMeeting(meeting('10:00', '11:00', { eventId: null }), null)).toBeNull();
    expect(timeMeeting(meeting('10:00', '11:00'), { timeZone: 'Warsaw' })).toBeNull();
  });
});

describe('findClashes', () => {
  it('finds one of ours in two overlapping meetings', () => {
    const delbe = meeting('10:00', '11:00', { title: { uk: 'Дельб', ru: '', en: '' } });
    const hereliuk = meeting('10:30', '11:30', { title: { uk: 'Герелюк', ru: '', en: '' } });
    expect(describeClashes(timed(hereliuk, delbe))).toEqual([`Дельб × Герелюк: ${LYSOHOR}`]);
  });

  it('does not count back-to-back meetings, or overlapping ones with different people of ours', () => {
    const first = meeting('10:00', '11:00');
    const next = meeting('11:00', '12:00');
    const parallel = meeting('10:00', '12:00', { ourParticipantIds: [NAIDA] });
    expect(findClashes(timed(first, next, parallel))).toEqual([]);
  });

  it('finds a meeting inside another and one starting at the same time', () => {
    const long = meeting('09:00', '13:00', { title: { uk: 'Довга', ru: '', en: '' } });
    const inside = meeting('10:00', '10:30', { title: { uk: 'Всередині', ru: '', en: '' } });
    const sameStart = meeting('09:00', '09:15', { title: { uk: 'Той самий початок', ru: '', en: '' } });
    expect(describeClashes(timed(long, inside, sameStart))).toEqual([
      `Довга × Той самий початок: ${LYSOHOR}`,
      `Довга × Всередині: ${LYSOHOR}`,
    ]);
  });

  it('gives three pairs for a three-way clash and notes two others on each meeting', () => {
    const a = meeting('10:00', '11:00', { title: { uk: 'A', ru: '', en: '' } });
    const b = meeting('10:15', '11:15', { title: { uk: 'B', ru: '', en: '' } });
    const c = meeting('10:30', '11:30', { title: { uk: 'C', ru: '', en: '' } });
    const items = timed(c, a, b);
    expect(describeClashes(items)).toEqual([`A × B: ${LYSOHOR}`, `A × C: ${LYSOHOR}`, `B × C: ${LYSOHOR}`]);
    const notes = clashNotesByMeeting(findClashes(items));
    expect(notes.get(b.id)?.map((note) => note.other.meeting.title.uk)).toEqual(['A', 'C']);
    expect(notes.get(a.id)?.map((note) => note.other.meeting.title.uk)).toEqual(['B', 'C']);
  });

  it('names every one of ours in both meetings, once per pair', () => {
    const a = meeting('10:00', '11:00', { ourParticipantIds: [NAIDA, LYSOHOR, HNATIUK] });
    const b = meeting('10:30', '11:00', { ourParticipantIds: [LYSOHOR, NAIDA, LYSOHOR] });
    const clashes = findClashes(timed(a, b));
    expect(clashes).toHaveLength(1);
    expect(clashes[0].personIds).toEqual([NAIDA, LYSOHOR]);
  });

  it('ignores cancelled and postponed meetings', () => {
    const held = meeting('10:00', '11:00', { status: 'held' });
    const cancelled = meeting('10:00', '11:00', { status: 'cancelled' });
    const postponed = meeting('10:30', '11:30', { status: 'postponed' });
    expect(findClashes(timed(held, cancelled, postponed))).toEqual([]);
  });

  it('compares meetings in different zones as instants: 10:00 Warsaw is 11:00 Kyiv', () => {
    const warsaw = meeting('10:00', '11:00', { title: { uk: 'Варшава', ru: '', en: '' } });
    const kyivClash = meeting('11:30', '12:00', { timeZone: 'Europe/Kyiv', title: { uk: 'Київ', ru: '', en: '' } });
    const kyivAfter = meeting('12:00', '13:00', { timeZone: 'Europe/Kyiv', title: { uk: 'Київ пізніше', ru: '', en: '' } });
    // On the wall clocks 10:00–11:00 and 11:30–12:00 look apart; in the world they overlap.
    expect(describeClashes(timed(warsaw, kyivClash, kyivAfter))).toEqual([`Варшава × Київ: ${LYSOHOR}`]);
  });

  it('times meetings on the spring-forward day by the offset in force at each end', () => {
    // 2026-03-29: Warsaw jumps 02:00 → 03:00, Kyiv 03:00 → 04:00, both at 01:00 UTC.
    const onDstDay = { date: '2026-03-29' };
    const warsaw = meeting('01:00', '03:00', { ...onDstDay, title: { uk: 'Варшава', ru: '', en: '' } }); // 00:00–01:00 UTC: one hour
    const kyivEarly = meeting('02:00', '02:30', { ...onDstDay, timeZone: 'Europe/Kyiv', title: { uk: 'Київ рано', ru: '', en: '' } }); // 00:00–00:30 UTC
    const kyivAfter = meeting('04:00', '05:00', { ...onDstDay, timeZone: 'Europe/Kyiv', title: { uk: 'Київ після', ru: '', en: '' } }); // 01:00–02:00 UTC
    const items = timed(warsaw, kyivEarly, kyivAfter);
    expect(items[0].end - items[0].start).toBe(60 * 60_000);
    expect(describeClashes(items)).toEqual([`Варшава × Київ рано: ${LYSOHOR}`]);
  });

  it('counts the repeated hour on the fall-back day', () => {
    // 2026-10-25: Warsaw 01:00–04:00 lasts four hours (23:00–03:00 UTC).
    const onDstDay = { date: '2026-10-25' };
    const warsaw = meeting('01:00', '04:00', { ...onDstDay, title: { uk: 'Варшава', ru: '', en: '' } });
    const kyivInside = meeting('04:30', '05:00', { ...onDstDay, timeZone: 'Europe/Kyiv', title: { uk: 'Київ', ru: '', en: '' } }); // 02:30 UTC
    const kyivAfter = meeting('05:00', '06:00', { ...onDstDay, timeZone: 'Europe/Kyiv', title: { uk: 'Київ після', ru: '', en: '' } }); // 03:00 UTC
    const items = timed(warsaw, kyivInside, kyivAfter);
    expect(items[0].end - items[0].start).toBe(4 * 60 * 60_000);
    expect(describeClashes(items)).toEqual([`Варшава × Київ: ${LYSOHOR}`]);
  });

  it('finds no clash in a long programme of back-to-back meetings on the same hours of different days', () => {
    // 200 days × 10 hourly meetings, each of two people: same wall times every day, never at once.
    const people = Array.from({ length: 10 }, (_, i) => `01JH00000000000000000000P${i}`);
    const many = Array.from({ length: 2000 }, (_, i) => {
      const hour = String(8 + (i % 10)).padStart(2, '0');
      return meeting(`${hour}:00`, `${hour}:59`, { date: addDays('2026-01-01', Math.floor(i / 10)), ourParticipantIds: [people[i % 10], people[(i + 1) % 10]] });
    });
    const items = timed(...many);
    expect(findClashes(items)).toEqual([]);
    // One more meeting overlapping a single slot clashes with exactly that one.
    const extra = meeting('12:30', '13:30', { date: '2026-03-01', ourParticipantIds: [people[4]] });
    expect(findClashes([...items, ...timed(extra)]).map(({ meetings: [a, b] }) => [a.meeting.startTime, b.meeting.id])).toEqual([['12:00', extra.id]]);
  });
});
