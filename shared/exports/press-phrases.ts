import type { UiLanguage } from '../domain/lang';

/**
 * The sentence templates of a press post, per language: document content (like a letterhead),
 * not interface text, so they live here rather than in the locale files.
 *
 * Each {placeholder} is filled with a fact from the records exactly as recorded: names, positions
 * and organizations stay in the nominative in which they are stored. So that Ukrainian and
 * Russian need no inflection, the templates put every fact where the nominative is grammatical:
 * as a subject ("… та … провели зустріч"), after a colon ("Теми обговорення: …"), or in quotes
 * after a noun that takes the case ("у рамках заходу «…»").
 */
export interface PressPhrases {
  /** The opening dateline, "{place}, {date}." */
  dateline: string;
  datelineNoPlace: string;
  /** A person with their position and organization. */
  person: string;
  /** A held meeting with people on both sides. */
  met: string;
  /** A planned meeting with people on both sides. */
  willMeet: string;
  /** Any meeting where only one side is recorded. */
  participants: string;
  cancelled: string;
  postponed: string;
  /** The event a held (or planned) meeting was part of. */
  event: string;
  eventPlanned: string;
  venue: string;
  topics: string;
  outcomes: string;
}

export const PRESS_PHRASES: Record<UiLanguage, PressPhrases> = {
  uk: {
    dateline: '{place}, {date}.',
    datelineNoPlace: '{date}.',
    person: '{name} ({details})',
    met: '{ours} та {theirs} провели зустріч.',
    willMeet: '{ours} та {theirs} проведуть зустріч.',
    participants: 'Учасники зустрічі: {participants}.',
    cancelled: 'Зустріч «{title}» скасовано.',
    postponed: 'Зустріч «{title}» перенесено.',
    event: 'Зустріч відбулася в рамках заходу «{event}».',
    eventPlanned: 'Зустріч відбудеться в рамках заходу «{event}».',
    venue: 'Місце: {venue}.',
    topics: 'Теми обговорення: {topics}.',
    outcomes: 'Результат: {outcomes}',
  },
  ru: {
    dateline: '{place}, {date}.',
    datelineNoPlace: '{date}.',
    person: '{name} ({details})',
    met: '{ours} и {theirs} провели встречу.',
    willMeet: '{ours} и {theirs} проведут встречу.',
    participants: 'Участники встречи: {participants}.',
    cancelled: 'Встреча «{title}» отменена.',
    postponed: 'Встреча «{title}» перенесена.',
    event: 'Встреча состоялась в рамках мероприятия «{event}».',
    eventPlanned: 'Встреча состоится в рамках мероприятия «{event}».',
    venue: 'Место: {venue}.',
    topics: 'Темы обсуждения: {topics}.',
    outcomes: 'Итог: {outcomes}',
  },
  en: {
    dateline: '{place}, {date}.',
    datelineNoPlace: '{date}.',
    person: '{name} ({details})',
    met: '{ours} met {theirs}.',
    willMeet: '{ours} will meet {theirs}.',
    participants: 'Participants: {participants}.',
    cancelled: 'The meeting “{title}” has been cancelled.',
    postponed: 'The meeting “{title}” has been postponed.',
    event: 'The meeting took place at the event “{event}”.',
    eventPlanned: 'The meeting will take place at the event “{event}”.',
    venue: 'Venue: {venue}.',
    topics: 'Topics discussed: {topics}.',
    outcomes: 'Outcome: {outcomes}',
  },
};
