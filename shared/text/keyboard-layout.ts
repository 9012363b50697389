/**
 * A query typed with the keyboard in the wrong layout ("kbcjujh" for "лисогор", "Дніщрщк" for
 * "Lysohor") is worth trying in the layout the user meant. This maps key by key between US QWERTY
 * and the two Cyrillic layouts our users have installed, as Windows ships them:
 *
 * - Ukrainian (Enhanced): й ц у к е н г ш щ з х ї / ф і в а п р о л д ж є / я ч с м и т ь б ю .
 *   with the apostrophe (Shift: ₴) on the backtick key and ґ on the backslash key;
 * - Russian: й ц у к е н г ш щ з х ъ / ф ы в а п р о л д ж э / я ч с м и т ь б ю . with ё on the
 *   backtick key.
 *
 * The number row is the same in all three for digits, and its shifted symbols never stand for
 * letters, so it is left alone. The three layouts share Shift for capitals, so case is kept.
 */

/** The keys, in the same order in every row: backtick, top, home and bottom letter rows. */
const US = ['`qwertyuiop[]\\asdfghjkl;\'zxcvbnm,./', '~QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'];
const UK = ["'йцукенгшщзхїґфівапролджєячсмитьбю.", '₴ЙЦУКЕНГШЩЗХЇҐФІВАПРОЛДЖЄЯЧСМИТЬБЮ,'];
const RU = ['ёйцукенгшщзхъ\\фывапролджэячсмитьбю.', 'ЁЙЦУКЕНГШЩЗХЪ/ФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,'];

/** Character typed in layout `from` → character the same key gives in layout `to`. */
function keyMap(from: readonly string[], to: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  from.forEach((row, r) => {
    const fromKeys = [...row];
    const toKeys = [...to[r]!];
    fromKeys.forEach((key, k) => {
      if (key !== toKeys[k]) map.set(key, toKeys[k]!);
    });
  });
  return map;
}

const US_TO_UK = keyMap(US, UK);
const US_TO_RU = keyMap(US, RU);
// The Cyrillic layouts differ in keys that carry different characters, so one map serves both.
const CYRILLIC_TO_US = new Map([...keyMap(RU, US), ...keyMap(UK, US)]);

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

const retype = (text: string, map: ReadonlyMap<string, string>): string =>
  [...text].map((ch) => map.get(ch) ?? ch).join('');

/**
 * The text as it would read had it been typed in the other layouts: Latin as Ukrainian and as
 * Russian, Cyrillic as US QWERTY. Distinct alternatives only, never the input itself; a search
 * tries them after the text as typed.
 */
export function swapKeyboardLayout(text: string): string[] {
  // Punctuation sits on letter keys in the other layouts (. is ю, ю is .), so a direction is
  // taken only for text that has a letter of the script it reads from: "Shevchenko T." is not
  // offered as "Shevchenko T/".
  const alternatives: string[] = [];
  if (LATIN_LETTER.test(text)) alternatives.push(retype(text, US_TO_UK), retype(text, US_TO_RU));
  if (CYRILLIC_LETTER.test(text)) alternatives.push(retype(text, CYRILLIC_TO_US));
  return [...new Set(alternatives)].filter((alternative) => alternative !== text);
}
