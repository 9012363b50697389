import { z } from 'zod';

/**
 * Field schemas shared by the record types. Every `error` is a translation key under
 * `validation.` so the renderer can show the message in the UI language.
 */
export const MAX_SHORT = 200;
export const MAX_LONG = 20_000;

export const shortText = z.string().trim().max(MAX_SHORT, { error: 'tooLong' });
export const longText = z.string().max(MAX_LONG, { error: 'tooLong' });

export const localizedShortText = z.object({ uk: shortText, ru: shortText, en: shortText });

/** ISO 3166-1 alpha-2, or empty when unknown. */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, { error: 'country' });

/** ISO 639-1 code such as "uk", "fr". */
export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, { error: 'language' });

export const email = z.string().trim().pipe(z.email({ error: 'email' }));

/** Digits with the usual separators, optionally a leading +; 5–20 digits in all. */
export const phone = z
  .string()
  .trim()
  .refine((value) => {
    const digits = value.replace(/\D/g, '').length;
    return /^\+?[\d\s().-]+$/.test(value) && digits >= 5 && digits <= 20;
  }, { error: 'phone' });

export const website = z
  .string()
  .trim()
  .max(MAX_SHORT, { error: 'tooLong' })
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), { error: 'url' });

export const tags = z.array(z.string().trim().min(1).max(60, { error: 'tooLong' })).max(50, { error: 'tooMany' });

export const recordId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: 'id' });
