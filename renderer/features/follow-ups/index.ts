export { FollowUpsPage } from './FollowUpsPage';
export { FollowUpsPanel } from './FollowUpsPanel';
export { MeetingTimeline } from './MeetingTimeline';
export { useDueNotifier } from './use-due-notifier';
export { DueFollowUpsBadge } from './DueFollowUpsBadge';
