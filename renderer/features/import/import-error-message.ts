import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/domain/lang';
import { isAppError } from '#shared/errors/app-error';
import { formatBytes, formatNumber } from '../../app/format';

/** Details that are byte counts, per error code; every other number is a plain count. */
const BYTE_DETAILS: Readonly<Partial<Record<string, readonly string[]>>> = {
  importTooLarge: ['size', 'limit'],
};

/**
 * The translated message for a failure to read or write an import, with its details filled in
 * the UI language ("21 MB; at most 20 MB", "50 000 rows"). Bugs read as 'unexpected'.
 */
export function importErrorMessage(error: unknown, t: TFunction<'import'>, language: UiLanguage): string {
  if (!isAppError(error)) return t('unexpected', { ns: 'errors' });
  const bytes = BYTE_DETAILS[error.code] ?? [];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.details ?? {})) {
    if (typeof value === 'number') values[key] = bytes.includes(key) ? formatBytes(value, language) : formatNumber(value, language);
    else if (typeof value === 'string') values[key] = value;
  }
  return t(error.code, { ns: 'errors', ...values });
}
