/**
 * Names of languages through Intl.DisplayNames, for column headings and for the phrase
 * "in the Ukrainian and English languages" that the languages clause of an agreement holds.
 */

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(lang: string): Intl.DisplayNames | null {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  return names;
}

/** The name of language `code` as written in `lang`, as Intl gives it ("англійська", "English"), or the code. */
function rawLanguageName(code: string, lang: string): string {
  try {
    return namesIn(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

function capitalize(text: string, lang: string): string {
  if (!text) return text;
  const first = String.fromCodePoint(text.codePointAt(0)!);
  let upper: string;
  try {
    upper = first.toLocaleUpperCase(lang);
  } catch {
    upper = first.toUpperCase();
  }
  return upper + text.slice(first.length);
}

/** The name of language `code` in language `lang`, capitalized for a heading: "Англійська", "Français". */
export function languageNameIn(code: string, lang: string): string {
  return capitalize(rawLanguageName(code, lang), lang);
}

function listIn(items: string[], lang: string): string {
  // Ukrainian avoids "і" between vowels ("українською і англійською"); "та" reads well everywhere.
  if (lang === 'uk') return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} та ${items.at(-1)}`;
  try {
    // British usage, as in the documents' dates: "Ukrainian, English and French".
    return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * The agreement's languages as the clause texts use them, in `lang`:
 * uk "українською та англійською" (instrumental, before "мовами"), ru "украинском и английском"
 * (prepositional, after "на" and before "языках"), en "Ukrainian and English"; any other
 * language lists the names as Intl gives them ("ukrainien et anglais").
 */
export function languagesPhraseIn(languages: readonly string[], lang: string): string {
  const names = languages.map((code) => rawLanguageName(code, lang));
  if (lang === 'uk') return listIn(names.map((name) => name.replace(/а$/u, 'ою')), lang);
  if (lang === 'ru') return listIn(names.map((name) => name.replace(/[иоы]й$/u, 'ом')), lang);
  return listIn(names, lang);
}
