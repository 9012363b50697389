import { emptyLocalized, type LocalizedText } from '../domain/lang';
import { languageOfName } from './name-language';

export interface PersonNames {
  givenName: LocalizedText;
  familyName: LocalizedText;
  /** A full name in Latin script as written, e.g. "Juliette Delbe"; '' otherwise. */
  nameOriginal: string;
}

const words = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** Ukrainian and Russian patronymics: Іванович, Іванівна, Ивановна, Ильич, Кузьмич... */
const PATRONYMIC = /(ович|евич|йович|ьович|івна|ївна|овна|евна|ична|ьич|ич)$/iu;
/** Endings that mark a Cyrillic word as a family name rather than a given name. */
// Only endings given names do not have: Андрій, Марко, Костянтин would fit -ій, -ко, -ин.
const SURNAME_ENDING = /(енко|ук|юк|чук|ський|цький|ська|цька|ский|цкий|ская|цкая|ов|ев|єв|ова|ева|єва|ич|ак|як)$/iu;

/**
 * Splits a full name into given and family name. Latin: "Given [Middle] Family", the last word
 * is the family name. Cyrillic: official Ukrainian lists write "Прізвище Ім'я [По батькові]",
 * so the first word is the family name; the exception is two words where only the second has a
 * family-name ending ("Олександра Герелюк"). A patronymic has no field of ours and is left out
 * (the given name stays the one people are called by, which is what duplicate checks compare).
 * One word is a family name.
 */
export function splitFullName(text: string): { given: string; family: string } {
  const parts = words(text);
  if (parts.length === 0) return { given: '', family: '' };
  if (parts.length === 1) return { given: '', family: parts[0] };
  if (languageOfName(text) === 'en') {
    return { given: parts.slice(0, -1).join(' '), family: parts[parts.length - 1] };
  }
  if (parts.length === 3 && PATRONYMIC.test(parts[2])) return { given: parts[1], family: parts[0] };
  if (parts.length === 2 && SURNAME_ENDING.test(parts[1]) && !SURNAME_ENDING.test(parts[0])) {
    return { given: parts[0], family: parts[1] };
  }
  return { given: parts[1], family: parts[0] };
}

/**
 * The names of one row, each spelling under its language: Cyrillic values together are
 * Ukrainian unless one of them has a Russian-only letter, so "Артём" + "Лисогор" stay one
 * person's one spelling; Latin values are the English (Latin) spelling. Separate given/family
 * columns win; a full-name column fills a language they leave empty.
 */
export function namesOfRow(givens: readonly string[], families: readonly string[], fulls: readonly string[]): PersonNames {
  const givenName = emptyLocalized();
  const familyName = emptyLocalized();
  let nameOriginal = '';
  const isLatin = (text: string) => languageOfName(text) === 'en';
  const cyrillic = [...givens, ...families].filter((text) => !isLatin(text));
  const cyrillicLanguage = cyrillic.length > 0 ? languageOfName(cyrillic.join(' ')) : 'uk';
  const languageOf = (text: string) => (isLatin(text) ? 'en' : cyrillicLanguage);
  for (const given of givens) {
    const lang = languageOf(given);
    if (!givenName[lang]) givenName[lang] = given;
  }
  for (const family of families) {
    const lang = languageOf(family);
    if (!familyName[lang]) familyName[lang] = family;
  }
  for (const full of fulls) {
    const lang = languageOfName(full);
    if (lang === 'en' && !nameOriginal) nameOriginal = full.replace(/\s+/gu, ' ').trim();
    if (givenName[lang] || familyName[lang]) continue;
    const { given, family } = splitFullName(full);
    givenName[lang] = given;
    familyName[lang] = family;
  }
  return { givenName, familyName, nameOriginal };
}
