import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '#shared/domain/meeting';
import { useWorkspace } from './workspace-context';
import { createDueNotices, type DueFollowUps, type DueNotices } from './due-notices';
import {
  readFollowUpBoard,
  readFollowUpRefs,
  readMeetingFollowUps,
  type FollowUpBoard,
  type FollowUpRefs,
  type MeetingFollowUps,
} from './follow-up-reads';
import { readTimeline, type Timeline, type TimelineSubject } from './timeline-reads';

/** Live hooks for the follow-ups screens; each stays current as records change anywhere. */

export function useFollowUpBoard(includeClosed: boolean): FollowUpBoard | undefined {
  const workspace = useWorkspace();
  return useLiveQuery(() => readFollowUpBoard(workspace, includeClosed), [workspace, includeClosed]);
}

/** Ids travel as joined strings so a new array with the same ids does not restart the query. */
export function useFollowUpRefs(meetingIds: readonly string[], contactIds: readonly string[]): FollowUpRefs | undefined {
  const workspace = useWorkspace();
  const meetingKey = meetingIds.join(',');
  const contactKey = contactIds.join(',');
  return useLiveQuery(
    () => readFollowUpRefs(workspace, meetingKey ? meetingKey.split(',') : [], contactKey ? contactKey.split(',') : []),
    [workspace, meetingKey, contactKey],
  );
}

export function useMeetingFollowUps(meeting: Pick<Meeting, 'id' | 'theirParticipantIds'>): MeetingFollowUps | undefined {
  const workspace = useWorkspace();
  const theirKey = meeting.theirParticipantIds.join(',');
  const { id } = meeting;
  return useLiveQuery(
    () => readMeetingFollowUps(workspace, { id, theirParticipantIds: theirKey ? theirKey.split(',') : [] }),
    [workspace, id, theirKey],
  );
}

/** The timeline's newest `limit` meetings with their events and open follow-ups, and the total. */
export function useMeetingTimeline(subject: TimelineSubject, limit: number): Timeline | undefined {
  const workspace = useWorkspace();
  const contactId = 'contactId' in subject ? subject.contactId : null;
  const organizationId = 'organizationId' in subject ? subject.organizationId : null;
  return useLiveQuery(
    () => readTimeline(workspace, contactId !== null ? { contactId } : { organizationId: organizationId ?? '' }, limit),
    [workspace, contactId, organizationId, limit],
  );
}

function useDueNoticeStore(): DueNotices {
  const { db } = useWorkspace();
  return useMemo(() => createDueNotices(db), [db]);
}

/**
 * What is due on `today` (the user's local date) and not yet announced. Due dates are whole
 * days, so this changes only when `today` does or when records change, and the live query
 * re-runs on exactly those.
 */
export function useDueFollowUps(today: string): DueFollowUps | undefined {
  const notices = useDueNoticeStore();
  return useLiveQuery(() => notices.listDue(today), [notices, today]);
}

/** Records announcements; only what a claim returns may be shown (see DueNotices.claim). */
export function useDueNoticeClaim(): DueNotices['claim'] {
  return useDueNoticeStore().claim;
}
