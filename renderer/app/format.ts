import type { UiLanguage } from '#shared/domain/lang';

const LOCALE: Record<UiLanguage, string> = { uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' };

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
  return cached(`dt:${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' })).format(
    epochMs,
  );
}

export function formatNumber(value: number, lang: UiLanguage): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(LOCALE[lang])).format(value);
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
    () => new Intl.NumberFormat(LOCALE[lang], { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }),
  ).format(value);
}

export function countryName(code: string, lang: UiLanguage): string {
  if (!code) return '';
  try {
    return cached(`region:${lang}`, () => new Intl.DisplayNames([LOCALE[lang]], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, lang: UiLanguage): string {
  try {
    return cached(`lang:${lang}`, () => new Intl.DisplayNames([LOCALE[lang]], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}
