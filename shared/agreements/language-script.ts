/**
 * Whether a language is written in the Latin alphabet, and whether a text is. Used where a name
 * may stand in for another language's spelling only if the reader's alphabet is the same.
 */

const LATIN_LETTER = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const scripts = new Map<string, string>();

/** The usual script of a language ('Latn', 'Cyrl', …) by CLDR's likely subtags, or '' if unknown. */
export function scriptOfLanguage(lang: string): string {
  let script = scripts.get(lang);
  if (script === undefined) {
    try {
      script = new Intl.Locale(lang).maximize().script ?? '';
    } catch {
      script = '';
    }
    scripts.set(lang, script);
  }
  return script;
}

export function isLatinScriptLanguage(lang: string): boolean {
  return scriptOfLanguage(lang) === 'Latn';
}

/** True for text with Latin letters and no letters of another script ("Juliette Delbe", "Łódź"). */
export function isLatinText(text: string): boolean {
  return LATIN_LETTER.test(text) && !NON_LATIN_LETTER.test(text);
}
