// PLACEHOLDER exports — the meetings helper replaces these with real pages.
export const MeetingsPage = () => null;
export const MeetingCreatePage = () => null;
export const MeetingDetailPage = () => null;
export const MeetingEditPage = () => null;
