import type { UiLanguage } from '#shared/domain/lang';
import { INTL_LOCALE } from '../../app/format';

const formatters = new Map<UiLanguage, Intl.DateTimeFormat>();

/**
 * "17.11.2026" / "17/11/2026": a compact date with the full year (Intl's 'short' style writes
 * "17.11.26" in Ukrainian), read in UTC so no reader's zone moves it to the day before.
 */
export function formatNumericDate(isoDate: string, language: UiLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  return formatter.format(Date.parse(`${isoDate}T12:00:00Z`));
}
