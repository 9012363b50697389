import { z } from 'zod';
import { countryCode, email, languageCode, localizedShortText, longText, phone, recordId, shortText, tags } from './fields';
import type { RecordMeta } from './record';
import type { LocalizedText } from './lang';

export const MESSENGERS = ['telegram', 'signal', 'whatsapp'] as const;
export type Messenger = (typeof MESSENGERS)[number];

export const messengerHandleSchema = z.object({
  kind: z.enum(MESSENGERS, { error: 'messenger' }),
  handle: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
});
export type MessengerHandle = z.infer<typeof messengerHandleSchema>;

export const contactInputSchema = z
  .object({
    givenName: localizedShortText,
    familyName: localizedShortText,
    /** The name as the person writes it, e.g. "Juliette Delbe". */
    nameOriginal: shortText,
    /** Form of address per language: пан / г-н / Mr, Його Високоповажність / H.E. */
    honorific: localizedShortText,
    position: localizedShortText,
    organizationId: recordId.nullable(),
    country: countryCode,
    city: localizedShortText,
    languages: z.array(languageCode).max(20, { error: 'tooMany' }),
    emails: z.array(email).max(20, { error: 'tooMany' }),
    phones: z.array(phone).max(20, { error: 'tooMany' }),
    messengers: z.array(messengerHandleSchema).max(20, { error: 'tooMany' }),
    notes: longText,
    tags,
    /** One of our own delegation or administration: can be a meeting's "our side" or own a follow-up. */
    ourStaff: z.boolean(),
  })
  .refine(
    (c) =>
      [c.givenName.uk, c.givenName.ru, c.givenName.en, c.familyName.uk, c.familyName.ru, c.familyName.en, c.nameOriginal].some(
        (n) => n.trim() !== '',
      ),
    { error: 'nameRequired', path: ['familyName', 'uk'] },
  );

export type ContactInput = z.infer<typeof contactInputSchema>;

export interface ContactDerived {
  sortKey: LocalizedText;
}

export type Contact = RecordMeta & ContactInput & ContactDerived;

export function emptyContactInput(): ContactInput {
  return {
    givenName: { uk: '', ru: '', en: '' },
    familyName: { uk: '', ru: '', en: '' },
    nameOriginal: '',
    honorific: { uk: '', ru: '', en: '' },
    position: { uk: '', ru: '', en: '' },
    organizationId: null,
    country: '',
    city: { uk: '', ru: '', en: '' },
    languages: [],
    emails: [],
    phones: [],
    messengers: [],
    notes: '',
    tags: [],
    ourStaff: false,
  };
}

/** The editable part of a stored contact, e.g. to fill an edit form. */
export function toContactInput(contact: ContactInput): ContactInput {
  const input = emptyContactInput();
  for (const key of Object.keys(input) as (keyof ContactInput)[]) {
    (input as Record<keyof ContactInput, unknown>)[key] = structuredClone(contact[key]);
  }
  return input;
}
