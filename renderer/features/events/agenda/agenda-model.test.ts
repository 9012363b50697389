import { describe, expect, it } from 'vitest';
import { emptyEventInput, type EventRecord } from '#shared/domain/event';
import { emptyMeetingInput, type Meeting, type MeetingInput } from '#shared/domain/meeting';
import type { EventAgendaData } from '../../../data/event-queries';
import { buildAgendaModel, clashCountOn, meetingCount, revealDays } from './agenda-model';

const LYSOHOR = '01JH00000000000000000000AL';
const NAIDA = '01JH00000000000000000000AN';

function event(id: string, timeZone: string, startDate: string, endDate: string): EventRecord {
  return { ...emptyEventInput(), id, timeZone, startDate, endDate, name: { uk: id, ru: '', en: '' }, sortKey: { uk: id, ru: id, en: id }, createdAt: 0, updatedAt: 0, deletedAt: null };
}

const REBUILD = event('rebuild', 'Europe/Warsaw', '2026-11-17', '2026-11-18');
const KHARKIV = event('kharkiv', 'Europe/Kyiv', '2026-11-18', '2026-11-19');

function meeting(id: string, eventId: string | null, date: string, startTime: string, endTime: string, extra: Partial<MeetingInput> = {}): Meeting {
  return { ...emptyMeetingInput(), id, eventId, date, startTime, endTime, ourParticipantIds: [LYSOHOR], createdAt: 0, updatedAt: 0, deletedAt: null, ...extra };
}

function data(meetings: Meeting[], otherMeetings: Meeting[] = []): EventAgendaData {
  return { meetings, otherMeetings, otherEvents: new Map([[KHARKIV.id, KHARKIV]]), contacts: new Map(), organizations: new Map(), topics: [], outsideChecked: true };
}

describe('buildAgendaModel', () => {
  it('counts clashes within the event and with other events’ meetings, on each one’s own clock', () => {
    const delbe = meeting('a', REBUILD.id, '2026-11-18', '10:00', '11:00');
    const hereliuk = meeting('b', REBUILD.id, '2026-11-18', '10:30', '11:30');
    // 11:30 in Kyiv is 10:30 in Warsaw: during both meetings above.
    const kharkivCall = meeting('c', KHARKIV.id, '2026-11-18', '11:30', '12:00');
    // Two other-event meetings clashing only with each other are not this agenda's business.
    const otherOnly1 = meeting('d', KHARKIV.id, '2026-11-19', '09:00', '10:00', { ourParticipantIds: [NAIDA] });
    const otherOnly2 = meeting('e', KHARKIV.id, '2026-11-19', '09:30', '10:00', { ourParticipantIds: [NAIDA] });
    const model = buildAgendaModel(REBUILD, data([delbe, hereliuk], [kharkivCall, otherOnly1, otherOnly2]));

    expect(model.clashCount).toBe(3);
    expect(model.clashNotes.get('a')?.map((note) => note.other.meeting.id)).toEqual(['b', 'c']);
    expect(model.zoneOf(kharkivCall)).toBe('Europe/Kyiv');
    expect(model.zoneOf(delbe)).toBe('Europe/Warsaw');
    expect(model.days.map((day) => [day.date, day.meetings.length])).toEqual([
      ['2026-11-17', 0],
      ['2026-11-18', 2],
    ]);
    expect(clashCountOn(model.days[1], model)).toBe(3);
    expect(clashCountOn(model.days[0], model)).toBe(0);
  });

  it('leaves out of the clash check a meeting with no usable zone, but keeps it on the agenda', () => {
    const broken = meeting('x', REBUILD.id, '2026-11-17', '10:00', '11:00', { timeZone: 'Mars/Olympus' });
    const fine = meeting('y', REBUILD.id, '2026-11-17', '10:00', '11:00');
    const model = buildAgendaModel(REBUILD, data([broken, fine]));
    expect(model.clashCount).toBe(0);
    expect(model.days[0].meetings.map((m) => m.id).sort()).toEqual(['x', 'y']);
    expect(model.timed.has('x')).toBe(false);
  });
});

describe('revealDays', () => {
  const day = (date: string, ids: string[]) => ({ date, inEvent: true, meetings: ids.map((id) => meeting(id, 'rebuild', date, '10:00', '11:00')) });
  const days = [day('2026-11-17', ['a', 'b', 'c']), day('2026-11-18', []), day('2026-11-19', ['d', 'e'])];
  const shape = (shown: ReturnType<typeof revealDays>) => shown.map((d) => `${d.date}:${d.meetings.map((m) => m.id).join('')}`);

  it('shows the first meetings in programme order and no day after the last one shown', () => {
    expect(shape(revealDays(days, 2))).toEqual(['2026-11-17:ab']);
    expect(shape(revealDays(days, 3))).toEqual(['2026-11-17:abc']);
    expect(shape(revealDays(days, 4))).toEqual(['2026-11-17:abc', '2026-11-18:', '2026-11-19:d']);
  });

  it('shows every day, empty ones included, once all meetings are in', () => {
    expect(shape(revealDays(days, 5))).toEqual(['2026-11-17:abc', '2026-11-18:', '2026-11-19:de']);
    expect(shape(revealDays([day('2026-11-17', [])], 6))).toEqual(['2026-11-17:']);
    expect(meetingCount(days)).toBe(5);
  });
});
