import type { ContactInput, MessengerHandle } from '../domain/contact';
import type { LocalizedText } from '../domain/lang';
import { MAX_LONG } from '../domain/fields';
import { emailKey, phoneKey } from './duplicate-index';

/** The schema's caps on a contact's lists: a merge never makes a record the schema refuses. */
const MAX_LIST = 20;
const MAX_TAGS = 50;

const filled = (value: string) => value.trim() !== '';

function fillLocalized(existing: LocalizedText, incoming: LocalizedText): LocalizedText {
  return {
    uk: filled(existing.uk) ? existing.uk : incoming.uk,
    ru: filled(existing.ru) ? existing.ru : incoming.ru,
    en: filled(existing.en) ? existing.en : incoming.en,
  };
}

/** Existing entries first, then the incoming ones whose key is new, up to `limit`. */
function union<T>(existing: readonly T[], incoming: readonly T[], key: (value: T) => string, limit: number): T[] {
  const seen = new Set(existing.map(key));
  const out = [...existing];
  for (const value of incoming) {
    const k = key(value);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(value);
  }
  return out.slice(0, Math.max(limit, existing.length));
}

const messengerKey = (m: MessengerHandle) => `${m.kind}:${m.handle.trim().toLowerCase()}`;

/** Appends `addition` as a new paragraph unless the notes already hold it; cut to the schema's length. */
export function appendNotes(notes: string, addition: string): string {
  const extra = addition.trim();
  if (extra === '' || notes.includes(extra)) return notes;
  const joined = notes.trim() === '' ? extra : `${notes.trimEnd()}\n\n${extra}`;
  return joined.slice(0, Math.max(MAX_LONG, notes.length));
}

/**
 * What an existing contact becomes when a file brings the same person: every empty field is filled
 * from the file (per language for names, positions, cities), nothing already written is
 * overwritten; emails, phones (by digits), languages, tags and messengers are united; the file's
 * notes are added as a new paragraph; the organization stays unless there was none. The result
 * stays within the schema's limits (lists and notes are capped, existing entries kept first).
 */
export function mergeContactInput(existing: ContactInput, incoming: ContactInput): ContactInput {
  return {
    givenName: fillLocalized(existing.givenName, incoming.givenName),
    familyName: fillLocalized(existing.familyName, incoming.familyName),
    nameOriginal: filled(existing.nameOriginal) ? existing.nameOriginal : incoming.nameOriginal,
    honorific: fillLocalized(existing.honorific, incoming.honorific),
    position: fillLocalized(existing.position, incoming.position),
    organizationId: existing.organizationId ?? incoming.organizationId,
    country: filled(existing.country) ? existing.country : incoming.country,
    city: fillLocalized(existing.city, incoming.city),
    languages: union(existing.languages, incoming.languages, (code) => code.toLowerCase(), MAX_LIST),
    emails: union(existing.emails, incoming.emails, emailKey, MAX_LIST),
    phones: union(existing.phones, incoming.phones, phoneKey, MAX_LIST),
    messengers: union(existing.messengers, incoming.messengers, messengerKey, MAX_LIST),
    notes: appendNotes(existing.notes, incoming.notes),
    tags: union(existing.tags, incoming.tags, (tag) => tag.trim().toLowerCase(), MAX_TAGS),
    ourStaff: existing.ourStaff,
  };
}
