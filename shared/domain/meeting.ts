import { z } from 'zod';
import {
  htmlText,
  isoDate,
  localizedShortText,
  longText,
  optionalLanguageCode,
  optionalTimeZone,
  recordId,
  recordIds,
  shortText,
  wallTime,
  website,
} from './fields';
import { topicId } from './topics';
import type { RecordMeta } from './record';

export const MEETING_STATUSES = ['planned', 'held', 'cancelled', 'postponed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const meetingPlaceSchema = z.object({
  venue: shortText,
  room: shortText,
  /** Table or booth number at a forum. */
  table: shortText,
  onlineUrl: website,
});
export type MeetingPlace = z.infer<typeof meetingPlaceSchema>;

export const meetingInputSchema = z
  .object({
    title: localizedShortText,
    eventId: recordId.nullable(),
    date: isoDate,
    /** Wall-clock times in the meeting's zone (see meetingTimeZone); a meeting ends on its own day. */
    startTime: wallTime,
    endTime: wallTime,
    /** Empty: the event's zone. A meeting without an event must name its own. */
    timeZone: optionalTimeZone,
    place: meetingPlaceSchema,
    ourParticipantIds: recordIds,
    theirParticipantIds: recordIds,
    /** The organizations their participants represent. */
    organizationIds: recordIds,
    /** The language the talks are held in (ISO 639-1), or empty. */
    language: optionalLanguageCode,
    interpreter: shortText,
    topics: z
      .array(topicId)
      .max(50, { error: 'tooMany' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate' }),
    agenda: longText,
    /** Sanitized HTML, cleaned where it enters (the editor, a paste, an import). */
    notes: htmlText,
    outcomes: longText,
    status: z.enum(MEETING_STATUSES, { error: 'status' }),
  })
  .refine((m) => [m.title.uk, m.title.ru, m.title.en].some((t) => t.trim() !== ''), {
    error: 'titleRequired',
    path: ['title', 'uk'],
  })
  // 'HH:MM' strings compare correctly as strings.
  .refine((m) => m.endTime > m.startTime, { error: 'endBeforeStart', path: ['endTime'] })
  .refine((m) => m.eventId !== null || m.timeZone !== '', { error: 'required', path: ['timeZone'] });

export type MeetingInput = z.infer<typeof meetingInputSchema>;

export type Meeting = RecordMeta & MeetingInput;

/** The zone a meeting's date and times are in: its own if set, else its event's. */
export function meetingTimeZone(meeting: Pick<MeetingInput, 'timeZone'>, event: { timeZone: string } | null | undefined): string {
  return meeting.timeZone || event?.timeZone || '';
}

export function emptyMeetingInput(): MeetingInput {
  return {
    title: { uk: '', ru: '', en: '' },
    eventId: null,
    date: '',
    startTime: '',
    endTime: '',
    timeZone: '',
    place: { venue: '', room: '', table: '', onlineUrl: '' },
    ourParticipantIds: [],
    theirParticipantIds: [],
    organizationIds: [],
    language: '',
    interpreter: '',
    topics: [],
    agenda: '',
    notes: '',
    outcomes: '',
    status: 'planned',
  };
}

/** The editable part of a stored meeting, e.g. to fill an edit form. */
export function toMeetingInput(meeting: MeetingInput): MeetingInput {
  const input = emptyMeetingInput();
  for (const key of Object.keys(input) as (keyof MeetingInput)[]) {
    (input as Record<keyof MeetingInput, unknown>)[key] = structuredClone(meeting[key]);
  }
  return input;
}
