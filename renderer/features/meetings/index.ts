export { MeetingsPage } from './MeetingsPage';
export { MeetingDetailPage } from './MeetingDetailPage';
export { MeetingCreatePage, MeetingEditPage } from './MeetingEditPage';
export { MeetingTime, type MeetingTimeProps } from './MeetingTime';
export { MEETING_STATUS_COLOR, MeetingStatusBadge } from './MeetingStatusBadge';
