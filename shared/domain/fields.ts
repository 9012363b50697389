import { z } from 'zod';
import { isValidTimeZone } from '../time/zoned-time';

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

/** Long enough for a page of formatted notes; the HTML is sanitized where it enters. */
export const MAX_HTML = 200_000;
export const htmlText = z.string().max(MAX_HTML, { error: 'tooLong' });

/** A calendar date 'YYYY-MM-DD' that exists (no 2026-02-30). */
export const isoDate = z
  .string()
  .trim()
  .refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, { error: 'date' });

/** A 24-hour wall-clock time 'HH:MM'. */
export const wallTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time' });

/** An IANA zone name such as 'Europe/Kyiv'; the empty string fails as 'required'. */
export const timeZone = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  // Not `abort`: that would also hide the record's other issues. An empty zone is only 'required'.
  .refine((value) => value === '' || isValidTimeZone(value), { error: 'timeZone' });

/** ISO 639-1 code, or empty when not yet known. */
export const optionalLanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^([a-z]{2})?$/, { error: 'language' });

/** References to other records; listing one twice is a slip, not two people. */
export const recordIds = z
  .array(recordId)
  .max(200, { error: 'tooMany' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate' });

/** An IANA zone name, or empty where another record supplies the zone. */
export const optionalTimeZone = z
  .string()
  .trim()
  .refine((value) => value === '' || isValidTimeZone(value), { error: 'timeZone' });
