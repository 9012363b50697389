import { describe, expect, it } from 'vitest';
import { emptyMeetingInput, meetingInputSchema, meetingTimeZone, toMeetingInput, type MeetingInput } from './meeting';

const EVENT_ID = '01JH00000000000000000000EV';
const DELBE = '01JH00000000000000000000JD';

function issuesOf(input: unknown) {
  const result = meetingInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

const talks: MeetingInput = {
  ...emptyMeetingInput(),
  title: { uk: 'Попередні переговори з Верхньою Францією', ru: '', en: 'Preliminary talks with Hauts-de-France' },
  eventId: EVENT_ID,
  date: '2026-11-17',
  startTime: '10:00',
  endTime: '10:45',
  place: { venue: 'Ptak Warsaw Expo', room: 'Hall C', table: 'B-12', onlineUrl: '' },
  theirParticipantIds: [DELBE],
  language: 'FR',
  interpreter: 'Олена Гнатюк',
  topics: ['cybersecurity', 'green-energy'],
  notes: '<p>Interest in <strong>cybersecurity</strong> training.</p>',
};

describe('meetingInputSchema', () => {
  it('accepts a meeting at an event, timed in the event’s zone', () => {
    expect(issuesOf(talks)).toEqual([]);
    expect(meetingInputSchema.parse(talks)).toMatchObject({ language: 'fr', timeZone: '' });
  });

  it('rejects an end time at or before the start time', () => {
    expect(issuesOf({ ...talks, endTime: '09:30' })).toEqual(['endTime:endBeforeStart']);
    expect(issuesOf({ ...talks, endTime: '10:00' })).toEqual(['endTime:endBeforeStart']);
  });

  it('a meeting without an event must name its own time zone', () => {
    expect(issuesOf({ ...talks, eventId: null })).toEqual(['timeZone:required']);
    expect(issuesOf({ ...talks, eventId: null, timeZone: 'Europe/Kyiv' })).toEqual([]);
    expect(issuesOf({ ...talks, timeZone: 'Kyiv' })).toEqual(['timeZone:timeZone']);
  });

  it('requires a title in some language', () => {
    expect(issuesOf({ ...talks, title: { uk: '', ru: '', en: '  ' } })).toEqual(['title.uk:titleRequired']);
  });

  it('reports each bad field with a translatable code', () => {
    const issues = issuesOf({
      ...talks,
      date: '2026-13-01',
      startTime: '9:00',
      endTime: '24:00',
      status: 'maybe',
      language: 'french',
      place: { ...talks.place, onlineUrl: 'meet.example.org/x' },
      ourParticipantIds: ['nope'],
      theirParticipantIds: [DELBE, DELBE],
      topics: ['green energy'],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'date:date',
        'startTime:time',
        'endTime:time',
        'status:status',
        'language:language',
        'place.onlineUrl:url',
        'ourParticipantIds.0:id',
        'theirParticipantIds:duplicate',
        'topics.0:topic',
      ]),
    );
  });

  it('stores the notes HTML as given (sanitizing happens where HTML enters)', () => {
    expect(meetingInputSchema.parse(talks).notes).toBe(talks.notes);
  });
});

describe('meetingTimeZone', () => {
  it('is the meeting’s own zone if set, else its event’s', () => {
    expect(meetingTimeZone({ timeZone: '' }, { timeZone: 'Europe/Warsaw' })).toBe('Europe/Warsaw');
    expect(meetingTimeZone({ timeZone: 'Europe/Kyiv' }, { timeZone: 'Europe/Warsaw' })).toBe('Europe/Kyiv');
    expect(meetingTimeZone({ timeZone: 'Europe/Kyiv' }, null)).toBe('Europe/Kyiv');
  });
});

describe('toMeetingInput', () => {
  it('keeps the editable fields only, as copies', () => {
    const stored = { ...talks, id: 'x', createdAt: 1, updatedAt: 2, deletedAt: null };
    const input = toMeetingInput(stored);
    expect(input).toEqual(talks);
    input.place.room = 'Hall D';
    input.topics.push('it');
    expect(stored.place.room).toBe('Hall C');
    expect(stored.topics).toEqual(['cybersecurity', 'green-energy']);
  });
});
