import type { Contact } from '../domain/contact';
import type { EventRecord } from '../domain/event';
import { pickLocalized, type UiLanguage } from '../domain/lang';
import type { Meeting } from '../domain/meeting';
import type { Organization } from '../domain/organization';
import type { Topic } from '../domain/topics';
import { INTL_LOCALE, organizationName, personName, toMap, type Lookup } from './export-names';
import { formatIsoDate } from './meeting-report';
import type { PressPhrases } from './press-phrases';

/**
 * A short factual text about a meeting for the organization's site or channel: who met whom,
 * where, on what, with what outcome. It is made only of the record's facts set into the
 * language's sentence templates (press-phrases.ts); a fact that is not recorded leaves its
 * sentence out rather than being guessed. The user edits the text before it goes anywhere.
 */

export interface PressRecords {
  /** The meeting's event, if it has one. */
  event?: EventRecord | null;
  contacts: Lookup<Contact>;
  organizations: Lookup<Organization>;
  topics: readonly Topic[];
}

/**
 * Fills {placeholders}. Where a value ends with a full stop and the template goes on with one
 * ("15 листопада 2023 р." + "."), the template's is dropped.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (_match, key: string, stop: string) => {
    const value = values[key] ?? '';
    return stop && /[.!?…]$/.test(value) ? value : `${value}${stop}`;
  });
}

/** A topic label inside a sentence: lower case ("зелена енергетика"), unless it is an acronym ("ІТ", "IT"). */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;
}

function listOf(items: readonly string[], lang: UiLanguage): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(items);
}

function people(ids: readonly string[], records: PressRecords, lang: UiLanguage, phrases: PressPhrases): string[] {
  const contacts = toMap(records.contacts);
  const organizations = toMap(records.organizations);
  return ids
    .map((id) => contacts.get(id))
    .filter((c): c is Contact => c !== undefined && c.deletedAt === null)
    .map((contact) => {
      const org = contact.organizationId ? organizations.get(contact.organizationId) : undefined;
      const details = [pickLocalized(contact.position, lang), org && org.deletedAt === null ? organizationName(org, lang) : ''].filter(Boolean);
      const name = personName(contact, lang);
      return details.length > 0 ? fillTemplate(phrases.person, { name, details: details.join(', ') }) : name;
    });
}

export function buildPressPost(meeting: Meeting, records: PressRecords, lang: UiLanguage, phrases: PressPhrases): string {
  const event = records.event && records.event.id === meeting.eventId && records.event.deletedAt === null ? records.event : null;
  const title = pickLocalized(meeting.title, lang);
  const place = event ? pickLocalized(event.city, lang) : '';
  const date = formatIsoDate(meeting.date, lang);
  const ours = people(meeting.ourParticipantIds, records, lang, phrases);
  const theirs = people(meeting.theirParticipantIds, records, lang, phrases);
  const held = meeting.status === 'held';
  const sentences: string[] = [];

  if (date) sentences.push(fillTemplate(place ? phrases.dateline : phrases.datelineNoPlace, { place, date }));
  if (meeting.status === 'cancelled' || meeting.status === 'postponed') sentences.push(fillTemplate(phrases[meeting.status], { title }));
  if (ours.length > 0 && theirs.length > 0 && (meeting.status === 'held' || meeting.status === 'planned')) {
    sentences.push(fillTemplate(held ? phrases.met : phrases.willMeet, { ours: listOf(ours, lang), theirs: listOf(theirs, lang) }));
  } else if (ours.length + theirs.length > 0) {
    sentences.push(fillTemplate(phrases.participants, { participants: listOf([...ours, ...theirs], lang) }));
  }
  if (event && (held || meeting.status === 'planned')) sentences.push(fillTemplate(held ? phrases.event : phrases.eventPlanned, { event: pickLocalized(event.name, lang) }));
  if (meeting.place.venue) sentences.push(fillTemplate(phrases.venue, { venue: meeting.place.venue }));
  const topicLabels = new Map(records.topics.map((topic) => [topic.id, pickLocalized(topic.label, lang)]));
  const topics = meeting.topics.map((id) => topicLabels.get(id)).filter((label): label is string => Boolean(label));
  if (topics.length > 0) sentences.push(fillTemplate(phrases.topics, { topics: listOf(topics.map(inSentence), lang) }));

  const paragraphs = [title, sentences.join(' ')];
  if (held && meeting.outcomes.trim()) paragraphs.push(fillTemplate(phrases.outcomes, { outcomes: meeting.outcomes.trim() }));
  return paragraphs.filter(Boolean).join('\n\n');
}
