import type { Meeting } from '#shared/domain/meeting';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import { formatNumericDate } from '../meetings/numeric-date';

/** "12.04.2023 · Signing of the memorandum": a meeting as a choice in a list. */
export function meetingOptionLabel(meeting: Pick<Meeting, 'date' | 'title'>, language: UiLanguage, untitled: string): string {
  const title = pickLocalized(meeting.title, language) || untitled;
  return meeting.date ? `${formatNumericDate(meeting.date, language)} · ${title}` : title;
}
