export { MeetingsPage } from './MeetingsPage';
export { MeetingDetailPage } from './MeetingDetailPage';
export { MeetingCreatePage, MeetingEditPage } from './MeetingEditPage';
export { MeetingTime, type MeetingTimeProps } from './MeetingTime';
