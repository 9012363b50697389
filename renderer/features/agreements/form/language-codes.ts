const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether `code` names a language Intl knows: "it", "ka" yes; "xx" or "zz" no. */
export function isKnownLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  try {
    return names.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** The first unknown code among the agreement's languages, if any. */
export function unknownLanguageCode(languages: readonly string[]): string | null {
  return languages.find((code) => !isKnownLanguageCode(code)) ?? null;
}
