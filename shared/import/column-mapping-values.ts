import { COMMON_LANGUAGE_CODES, COUNTRY_CODES } from '../domain/countries';

/**
 * Reading the values of the columns whose text must become a code of ours: a country
 * ("Україна", "Poland", "FR", "USA") and the languages someone speaks ("uk, English").
 */

/** Lower case, accents, dots and apostrophes gone, one space between words. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    // Accents off Latin letters only: й, ї and ё are letters of their own.
    .replace(/([a-z])\p{M}+/giu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ`.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** Names Intl does not give, or gives differently from how people write them. */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US', 'united states of america': 'US', america: 'US', сша: 'US',
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', англія: 'GB', англия: 'GB',
  'czech republic': 'CZ', чехія: 'CZ', чехия: 'CZ',
  holland: 'NL', голландія: 'NL', голландия: 'NL',
  turkey: 'TR', туреччина: 'TR', турция: 'TR',
  'south korea': 'KR', 'republic of korea': 'KR',
  moldova: 'MD', 'republic of moldova': 'MD',
  фрн: 'DE', 'ukraina': 'UA', 'ukraine': 'UA',
  ukr: 'UA', pol: 'PL', fra: 'FR', deu: 'DE', ger: 'DE', gbr: 'GB', ita: 'IT', esp: 'ES', ltu: 'LT', lva: 'LV', est: 'EE',
  rou: 'RO', mda: 'MD', geo: 'GE', cze: 'CZ', svk: 'SK', hun: 'HU', aut: 'AT', bel: 'BE', nld: 'NL', che: 'CH', swe: 'SE',
  nor: 'NO', dnk: 'DK', fin: 'FI', jpn: 'JP', can: 'CA', aus: 'AU', tur: 'TR', bgr: 'BG', hrv: 'HR', irl: 'IE', prt: 'PT',
};

/** Languages of country and language names: ours, and those of the conferences delegations go to. */
const NAME_LANGUAGES = ['en', 'uk', 'ru', 'fr', 'de', 'pl'];

let countryIndex: Map<string, string> | null = null;

function buildIndex(codes: readonly string[], type: 'region' | 'language', aliases: Record<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const lang of NAME_LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([lang], { type, fallback: 'none' });
    } catch {
      continue; // A runtime without that locale's data still reads codes and the aliases.
    }
    for (const code of codes) {
      const name = names.of(type === 'region' ? code : code.toLowerCase());
      if (name) index.set(foldName(name), code);
    }
  }
  for (const [name, code] of Object.entries(aliases)) index.set(foldName(name), code);
  return index;
}

/** 'UA' for "Україна", "Ukraine", "ua", "UKR"; '' when the text names no country we know. */
export function countryCodeOf(text: string): string {
  const folded = foldName(text);
  if (folded === '') return '';
  if (/^[a-z]{2}$/u.test(folded) && COUNTRY_CODES.includes(folded.toUpperCase())) return folded.toUpperCase();
  countryIndex ??= buildIndex(COUNTRY_CODES, 'region', COUNTRY_ALIASES);
  return countryIndex.get(folded) ?? '';
}

/** Adjectives people write for a language ("українська мова", "English language"). */
const LANGUAGE_WORDS = /\s(мова|язык|language|langue|sprache|jezyk)$/u;
let languageIndex: Map<string, string> | null = null;

/** ISO 639-1 codes of the languages a cell lists ("uk, en", "Українська; англійська"), unknown ones left out. */
export function languageCodesOf(text: string): string[] {
  languageIndex ??= buildIndex(COMMON_LANGUAGE_CODES, 'language', { ukrainian: 'uk', english: 'en', українська: 'uk', украинский: 'uk', англійська: 'en', английский: 'en' });
  const codes: string[] = [];
  for (const part of text.split(/[,;/|\n]+/u)) {
    const folded = foldName(part).replace(LANGUAGE_WORDS, '');
    if (folded === '') continue;
    const code = /^[a-z]{2}$/u.test(folded) ? folded : (languageIndex.get(folded) ?? '');
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
