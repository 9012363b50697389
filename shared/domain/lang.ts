export const UI_LANGUAGES = ['uk', 'ru', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Text kept in each of the three working languages; any may be empty. */
export type LocalizedText = Record<UiLanguage, string>;

export const emptyLocalized = (): LocalizedText => ({ uk: '', ru: '', en: '' });

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Which spelling to show when the wanted one is missing. Latin-script spellings come before
 * the other Cyrillic one for a Ukrainian reader, since a foreign partner's name is usually
 * known in its own form before anyone writes it in Russian.
 */
export const FALLBACK_ORDER: Record<UiLanguage, readonly UiLanguage[]> = {
  uk: ['uk', 'en', 'ru'],
  ru: ['ru', 'en', 'uk'],
  en: ['en', 'uk', 'ru'],
};

/** First non-empty value in the fallback order, then `original`, then ''. */
export function pickLocalized(text: LocalizedText, lang: UiLanguage, original = ''): string {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = text[candidate].trim();
    if (value) return value;
    if (candidate === 'en' && original.trim()) return original.trim();
  }
  return original.trim();
}

/** The first run follows the system's languages, falling back to Ukrainian. */
export function detectUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(base)) return base;
  }
  return 'uk';
}
