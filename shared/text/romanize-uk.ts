/**
 * Ukrainian → Latin by the national transliteration of the Cabinet of Ministers of Ukraine,
 * resolution No. 55 of 27 January 2010: the spelling in Ukrainian passports, on official maps and
 * (usually) on business cards, so a name romanized here matches what its owner writes.
 *
 * The table is the resolution's. Its rules beyond the table:
 * - Є Ї Й Ю Я are Ye Yi Y Yu Ya at the start of a word and ie i i iu ia elsewhere. Each part of a
 *   hyphenated or multi-word name starts a word (Івано-Франківськ → Ivano-Frankivsk); a letter
 *   after a word-internal apostrophe does not (Мар'їне → Marine).
 * - "зг" is "zgh" (Згорани → Zghorany), so that it is not read as "ж".
 * - The soft sign and the apostrophe (' ’ ʼ ` between two Cyrillic letters) are not written.
 * Case follows the source: a capital that becomes several Latin letters is title-cased (Щ →
 * Shch), or upper-cased where the word goes on in capitals (ЩУКА → SHCHUKA, ЄВА → YEVA).
 * Other characters, including the letters of other Cyrillic alphabets (ы, э, ё, ъ), pass through
 * unchanged: this is the Ukrainian scheme, not a guess at another language's.
 */

const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};

/** Spellings at the start of a word (resolution No. 55, notes to the table). */
const WORD_INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const APOSTROPHE = /^['’ʼ`]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const isApostrophe = (ch: string | undefined): boolean => ch !== undefined && APOSTROPHE.test(ch);
const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Whether the letter at `index` starts a word: no letter before it, not even across an apostrophe. */
function startsWord(chars: readonly string[], index: number): boolean {
  const before = chars[index - 1];
  if (isLetter(before)) return false;
  return !(isApostrophe(before) && isLetter(chars[index - 2]));
}

/**
 * The Latin for a capital source letter: all capitals when the neighbouring letter of the same word
 * (the next one, or the previous one at the end of a word) is a capital too, title case otherwise.
 */
export function caseLike(latin: string, chars: readonly string[], index: number): string {
  if (latin === '' || !isUpper(chars[index])) return latin;
  let neighbour = index + 1;
  if (isApostrophe(chars[neighbour])) neighbour++;
  if (!isLetter(chars[neighbour])) neighbour = index - 1;
  if (isApostrophe(chars[neighbour])) neighbour--;
  if (isLetter(chars[neighbour]) && isUpper(chars[neighbour])) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * An apostrophe between two Cyrillic letters is part of a Ukrainian word (Мар'яна); any other one
 * is a quote or belongs to another language (l’Église) and stays.
 */
function isWordApostrophe(chars: readonly string[], index: number): boolean {
  const isCyrillic = (ch: string | undefined) => ch !== undefined && CYRILLIC.test(ch);
  return isApostrophe(chars[index]) && isCyrillic(chars[index - 1]) && isCyrillic(chars[index + 1]);
}

export function romanizeUk(text: string): string {
  // NFC, so that a decomposed й or ї (и/і + combining mark) is found in the table.
  const chars = [...text.normalize('NFC')];
  let out = '';
  chars.forEach((ch, index) => {
    const lower = ch.toLowerCase();
    const medial = LETTERS[lower];
    if (medial === undefined) {
      if (!isWordApostrophe(chars, index)) out += ch;
      return;
    }
    let latin = (startsWord(chars, index) ? WORD_INITIAL[lower] : undefined) ?? medial;
    if (lower === 'г' && chars[index - 1]?.toLowerCase() === 'з') latin = 'gh';
    out += caseLike(latin, chars, index);
  });
  return out;
}
