import { z } from 'zod';
import { isoDate, recordId } from './fields';
import type { RecordMeta } from './record';

export const FOLLOW_UP_STATUSES = ['open', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const MAX_FOLLOW_UP_TEXT = 2_000;

/** An empty pick reads as a missing answer ('required'), not as a broken reference ('id'). */
const requiredRecordId = z.string().min(1, { error: 'required' }).pipe(recordId);

/** An action item agreed at a meeting. Something still open must say by when. */
export const followUpInputSchema = z
  .object({
    meetingId: requiredRecordId,
    what: z.string().trim().min(1, { error: 'required' }).max(MAX_FOLLOW_UP_TEXT, { error: 'tooLong' }),
    /** One of ours who does it (a contact id). */
    ownerId: requiredRecordId,
    dueDate: isoDate.nullable(),
    status: z.enum(FOLLOW_UP_STATUSES, { error: 'status' }),
    /** The person on their side it concerns, if any. */
    contactId: recordId.nullable(),
  })
  .refine((f) => f.status !== 'open' || f.dueDate !== null, { error: 'dueDateRequired', path: ['dueDate'] });

export type FollowUpInput = z.infer<typeof followUpInputSchema>;

export type FollowUp = RecordMeta & FollowUpInput;

/** A blank follow-up on a meeting; the form fills in the owner before saving. */
export function emptyFollowUpInput(meetingId = ''): FollowUpInput {
  return { meetingId, what: '', ownerId: '', dueDate: null, status: 'open', contactId: null };
}

/** The editable part of a stored follow-up, e.g. to fill an edit form. */
export function toFollowUpInput(followUp: FollowUpInput): FollowUpInput {
  const { meetingId, what, ownerId, dueDate, status, contactId } = followUp;
  return { meetingId, what, ownerId, dueDate, status, contactId };
}

/** Follow-ups announced as due, so each is announced once: id is the follow-up's, with its due date. */
export interface DueNotice {
  id: string;
  dueDate: string;
  notifiedAt: number;
}
