import type { UiLanguage } from '#shared/domain/lang';

/** The Intl locale each UI language formats dates, numbers and names in. */
export const INTL_LOCALE: Readonly<Record<UiLanguage, string>> = { uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatDateTime(epochMs: number, lang: UiLanguage): string {
  return cached(`dt:${lang}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' })).format(
    epochMs,
  );
}

/**
 * A calendar date ('YYYY-MM-DD', as events and meetings store them) in the UI language. It is
 * read and printed in UTC, so no reader's zone can shift it to the day before.
 */
export function formatIsoDate(isoDate: string, lang: UiLanguage, style: 'full' | 'long' | 'medium' | 'short' = 'medium'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const formatter = cached(`d:${lang}:${style}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: style, timeZone: 'UTC' }));
  return formatter.format(Date.parse(`${isoDate}T12:00:00Z`));
}

/** A date range such as "20–21 May 2026", as Intl writes ranges in the UI language. */
export function formatIsoDateRange(start: string, end: string, lang: UiLanguage): string {
  if (!start || !end || start === end) return formatIsoDate(start || end, lang);
  const formatter = cached(`dr:${lang}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'medium', timeZone: 'UTC' }));
  return formatter.formatRange(Date.parse(`${start}T12:00:00Z`), Date.parse(`${end}T12:00:00Z`));
}

/** The time of an instant on the clock of `timeZone`, e.g. "11:00", in the UI language. */
export function formatTimeInZone(epochMs: number, timeZone: string, lang: UiLanguage): string {
  return cached(`t:${lang}:${timeZone}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeStyle: 'short', timeZone })).format(epochMs);
}

/** The zone this computer's clock is in, e.g. "Europe/Kyiv". */
let localZone = { zone: '', readAt: -Infinity };

export function localTimeZone(): string {
  // Agendas ask once per meeting, and building a DateTimeFormat is costly. A laptop that lands
  // in another zone is noticed within a minute.
  const now = Date.now();
  if (now - localZone.readAt > 60_000) localZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  return localZone.zone;
}


export function formatNumber(value: number, lang: UiLanguage): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(INTL_LOCALE[lang])).format(value);
}

export function formatBytes(bytes: number, lang: UiLanguage): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return cached(
    `b:${lang}:${unit}`,
    () => new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }),
  ).format(value);
}

export function countryName(code: string, lang: UiLanguage): string {
  if (!code) return '';
  try {
    return cached(`region:${lang}`, () => new Intl.DisplayNames([INTL_LOCALE[lang]], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, lang: UiLanguage): string {
  try {
    return cached(`lang:${lang}`, () => new Intl.DisplayNames([INTL_LOCALE[lang]], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}
