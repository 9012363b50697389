import type { z } from 'zod';
import { contactInputSchema, emptyContactInput, messengerHandleSchema, type ContactInput, type MessengerHandle } from '../domain/contact';
import { countryCode, email, languageCode, phone } from '../domain/fields';
import { fieldIssues } from '../domain/validation';
import { appendNotes } from './contact-merge';
import { emailKey, phoneKey } from './duplicate-index';
import type { ContactCandidate, RejectedRow } from './import-source';

/**
 * A file's person made fit for the contact schema. Address books hold typos ("x@", a phone
 * "ext. 12"): losing the whole person over one of them would be worse than keeping the person
 * without it, and dropping it silently would lose what the user had. So invalid entries of the
 * lists (emails, phones, languages, messengers, tags) and an unknown country are taken out of
 * their fields and written into the notes on one line starting `[import] not valid:` — the
 * contact is kept, and the value stays where the user can see and fix it. Only what cannot be
 * saved otherwise (no name, a name too long) rejects the row.
 */

export const NOT_VALID_NOTE = '[import] not valid:';

const MAX_LIST = 20;
const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 60;
const EXCERPT_LENGTH = 80;

export type CleanedCandidate =
  | { kind: 'contact'; input: ContactInput }
  /** No person's name, but an organization's: the row adds (or finds) the organization only. */
  | { kind: 'organizationOnly' }
  | { kind: 'rejected'; rejected: RejectedRow };

/** Keeps the values the field schema accepts (as it normalizes them), once each by `key`, up to `limit`; the rest go to `dropped`. */
function keepValid<T>(values: readonly T[], schema: z.ZodType<T>, key: (value: T) => string, limit: number, dropped: string[], show: (value: T) => string): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    if (typeof value === 'string' && value.trim() === '') continue;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      dropped.push(show(value));
      continue;
    }
    const k = key(parsed.data);
    if (seen.has(k)) continue;
    seen.add(k);
    if (kept.length < limit) kept.push(parsed.data);
    else dropped.push(show(value));
  }
  return kept;
}

const asText = (value: unknown) => String(value).trim();
const showMessenger = (m: MessengerHandle) => `${asText(m.kind)}: ${asText(m.handle)}`;

function hasName(contact: ContactInput): boolean {
  const parts = [contact.givenName, contact.familyName].flatMap((name) => [name.uk, name.ru, name.en]);
  return [...parts, contact.nameOriginal].some((part) => part.trim() !== '');
}

/** A short excerpt of the row to recognise it in the preview: the name, else an email or phone, else the organization. */
export function candidateExcerpt({ contact, organizationName }: ContactCandidate): string {
  const names = (['uk', 'ru', 'en'] as const).map((lang) => `${contact.givenName[lang]} ${contact.familyName[lang]}`.trim());
  const text = [contact.nameOriginal.trim(), ...names, contact.emails[0]?.trim(), contact.phones[0]?.trim(), organizationName.trim()].find((part) => part);
  return (text ?? '').slice(0, EXCERPT_LENGTH);
}

export function cleanCandidate(candidate: ContactCandidate): CleanedCandidate {
  const source: ContactInput = { ...emptyContactInput(), ...candidate.contact };
  if (!hasName(source)) {
    if (candidate.organizationName.trim() !== '') return { kind: 'organizationOnly' };
    return { kind: 'rejected', rejected: { row: candidate.row, reason: 'noName', excerpt: candidateExcerpt(candidate) } };
  }
  const dropped: string[] = [];
  const country = countryCode.safeParse(source.country);
  if (!country.success) dropped.push(asText(source.country));
  const cleaned: ContactInput = {
    ...source,
    // Ids are this workspace's: whatever a file says, the organization is found by its name.
    organizationId: null,
    country: country.success ? country.data : '',
    emails: keepValid(source.emails, email, emailKey, MAX_LIST, dropped, asText),
    phones: keepValid(source.phones, phone, phoneKey, MAX_LIST, dropped, asText),
    languages: keepValid(source.languages, languageCode, (code) => code, MAX_LIST, dropped, asText),
    messengers: keepValid(source.messengers, messengerHandleSchema, (m) => `${m.kind}:${m.handle.toLowerCase()}`, MAX_LIST, dropped, showMessenger),
    tags: [],
  };
  const tags = source.tags.map((tag) => tag.trim()).filter((tag) => tag !== '');
  for (const tag of tags) {
    if (tag.length > MAX_TAG_LENGTH || cleaned.tags.length >= MAX_TAGS) dropped.push(tag);
    else if (!cleaned.tags.includes(tag)) cleaned.tags.push(tag);
  }
  if (dropped.length > 0) cleaned.notes = appendNotes(source.notes, `${NOT_VALID_NOTE} ${dropped.join(', ')}`);

  const result = contactInputSchema.safeParse(cleaned);
  if (result.success) return { kind: 'contact', input: result.data };
  const [issue] = fieldIssues(result.error);
  return {
    kind: 'rejected',
    rejected: { row: candidate.row, reason: 'invalid', field: issue?.path ?? '', detail: issue?.code ?? 'invalid', excerpt: candidateExcerpt(candidate) },
  };
}
