// PLACEHOLDER exports — the meetings helper replaces these with real pages.
export const MeetingsPage = () => null;
export const MeetingCreatePage = () => null;
export const MeetingDetailPage = () => null;
export const MeetingEditPage = () => null;
/**
 * A meeting's date and times in its zone (its own, else its event's), and in the reader's
 * local time too when that differs, e.g. "10:00–11:00 (Warsaw) · 11:00–12:00 your time".
 */
export const MeetingTime = (_props: {
  meeting: import('#shared/domain/meeting').Meeting;
  event: import('#shared/domain/event').EventRecord | null | undefined;
  /** Also show the date (lists outside an agenda day). */
  withDate?: boolean;
}) => null;
