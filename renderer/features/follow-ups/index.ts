// PLACEHOLDER exports — the follow-ups helper replaces these with real components.
import type { Meeting } from '#shared/domain/meeting';
export const FollowUpsPage = () => null;
/** A meeting's follow-ups: list, add, edit, mark done. */
export const FollowUpsPanel = (_props: { meeting: Meeting }) => null;
/** Every meeting with a contact or an organization, newest first, with outcomes and open follow-ups. */
export const MeetingTimeline = (_props: { contactId?: string; organizationId?: string }) => null;
