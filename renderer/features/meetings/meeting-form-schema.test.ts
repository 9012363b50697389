import { describe, expect, it } from 'vitest';
import { emptyMeetingInput, type MeetingInput } from '#shared/domain/meeting';
import { fieldIssues } from '#shared/domain/validation';
import { meetingFormSchema } from './meeting-form-schema';

const issues = (input: Partial<MeetingInput>) => {
  const result = meetingFormSchema.safeParse({ ...emptyMeetingInput(), title: { uk: 'Переговори', ru: '', en: '' }, ...input });
  return result.success ? [] : fieldIssues(result.error);
};

describe('meetingFormSchema', () => {
  it('asks for an empty date and times, and for a zone when there is no event', () => {
    expect(issues({})).toEqual([
      { path: 'date', code: 'required' },
      { path: 'startTime', code: 'required' },
      { path: 'endTime', code: 'required' },
      { path: 'timeZone', code: 'required' },
    ]);
  });

  it('keeps the record’s own messages for what is filled in wrongly', () => {
    expect(issues({ date: '2026-02-30', startTime: '11:00', endTime: '10:00', timeZone: 'Europe/Warsaw' })).toEqual([
      { path: 'date', code: 'date' },
      { path: 'endTime', code: 'endBeforeStart' },
    ]);
    expect(issues({ date: '2026-11-17', startTime: '10:00', endTime: '11:00', timeZone: 'Mars/Olympus' })).toEqual([{ path: 'timeZone', code: 'timeZone' }]);
  });

  it('accepts what the record accepts', () => {
    expect(issues({ date: '2026-11-17', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Warsaw' })).toEqual([]);
  });
});
