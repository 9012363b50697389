import type { ContactInput } from '../domain/contact';
import { UI_LANGUAGES, pickLocalized, type LocalizedText, type UiLanguage } from '../domain/lang';
import type { Organization, OrganizationInput } from '../domain/organization';
import { romanizeRu } from '../text/romanize-ru';
import { romanizeUk } from '../text/romanize-uk';

/**
 * Names as an exported document prints them in one language. A name missing in that language
 * falls back so that a reader can still say it:
 * - English: the name as the person (or organization) writes it, if that is in Latin script;
 *   else the Ukrainian spelling romanized by the national system (KMU 2010, as in Ukrainian
 *   passports), else the Russian one by ICAO Doc 9303 (as in Russian passports), else the
 *   original as it is;
 * - Ukrainian and Russian: the original spelling, then the other Cyrillic one, then English.
 *   (No Cyrillization is guessed for a Latin name: the partner's own spelling is the safe one.)
 */

/** Intl locales for dates and lists: British English writes "15 November 2023" and a 24-hour clock. */
export const INTL_LOCALE: Readonly<Record<UiLanguage, string>> = { uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' };

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}\p{S}]*$/u;
const HAS_LETTER = /\p{L}/u;

function isLatin(text: string): boolean {
  return HAS_LETTER.test(text) && LATIN_ONLY.test(text);
}

/** Ukrainian and Russian fall back to the original, then to each other, then to English. */
const CYRILLIC_FALLBACK: Record<'uk' | 'ru', readonly UiLanguage[]> = { uk: ['uk', 'ru', 'en'], ru: ['ru', 'uk', 'en'] };

/** A name kept per language plus an original spelling, in `lang` (see the rules above). */
export function nameIn(spell: (lang: UiLanguage) => string, original: string, lang: UiLanguage): string {
  const own = spell(lang).trim();
  if (own) return own;
  const orig = original.trim();
  if (lang === 'en') {
    if (isLatin(orig)) return orig;
    const uk = spell('uk').trim();
    if (uk) return romanizeUk(uk);
    const ru = spell('ru').trim();
    if (ru) return romanizeRu(ru);
    return orig;
  }
  if (orig) return orig;
  for (const candidate of CYRILLIC_FALLBACK[lang]) {
    const value = spell(candidate).trim();
    if (value) return value;
  }
  return '';
}

type NameParts = Pick<ContactInput, 'givenName' | 'familyName' | 'nameOriginal'>;

/** "Артем Лисогор", "Artem Lysohor": given name first, as people are introduced. */
export function personName(contact: NameParts, lang: UiLanguage): string {
  const spell = (l: UiLanguage) => [contact.givenName[l], contact.familyName[l]].map((p) => p.trim()).filter(Boolean).join(' ');
  return nameIn(spell, contact.nameOriginal, lang);
}

export function organizationName(org: Pick<OrganizationInput, 'name' | 'nameOriginal'>, lang: UiLanguage): string {
  return nameIn((l) => org.name[l], org.nameOriginal, lang);
}

/** A place or other plain text kept per language: the wanted one, else the usual fallback order. */
export function localizedIn(text: LocalizedText, lang: UiLanguage): string {
  return pickLocalized(text, lang);
}

/** Records by id, from a map or a list. */
export type Lookup<T extends { id: string }> = ReadonlyMap<string, T> | readonly T[];

export function toMap<T extends { id: string }>(records: Lookup<T>): ReadonlyMap<string, T> {
  if (records instanceof Map) return records;
  return new Map((records as readonly T[]).map((record) => [record.id, record]));
}

/**
 * An organization with the bodies above it, topmost first (CoR, then its CIVEX secretariat),
 * stopping at a missing or repeated parent.
 */
export function organizationChain(org: Organization, organizations: ReadonlyMap<string, Organization>): Organization[] {
  const chain = [org];
  const seen = new Set([org.id]);
  let parentId = org.parentId;
  while (parentId && !seen.has(parentId)) {
    const parent = organizations.get(parentId);
    if (!parent || parent.deletedAt !== null) break;
    chain.unshift(parent);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return chain;
}

/** The country's name in `lang` (Intl), or the code itself where Intl has none. */
export function countryName(code: string, lang: UiLanguage): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([INTL_LOCALE[lang]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in `lang` ("українська", "French"), or the code. */
export function languageName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[lang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages with any spelling of the name, in UI order. */
export function languagesWith(spell: (lang: UiLanguage) => string): UiLanguage[] {
  return UI_LANGUAGES.filter((lang) => spell(lang).trim() !== '');
}
