/**
 * Russian → Latin by ICAO Doc 9303 (Machine Readable Travel Documents, Part 3), the scheme of
 * Russian international passports since 2013 (FMS order No. 320 of 15 October 2012), so a name
 * romanized here matches the one in its owner's passport and visa:
 *
 *   А A   Б B   В V   Г G   Д D   Е E   Ё E   Ж ZH  З Z   И I   Й I   К K   Л L   М M   Н N
 *   О O   П P   Р R   С S   Т T   У U   Ф F   Х KH  Ц TS  Ч CH  Ш SH  Щ SHCH  Ъ IE  Ы Y
 *   Ь (not written)   Э E   Ю IU  Я IA
 *
 * ICAO uses one spelling wherever the letter stands (unlike the Ukrainian scheme, no word-initial
 * forms): Юрий → Iurii, Подъячев → Podieiachev, Артём → Artem. Doc 9303's general Cyrillic table
 * also covers the Ukrainian letters, which are included so that a mixed spelling does not stay
 * half Cyrillic: Ґ G, Є IE, І I, Ї I. Case follows the source as in romanizeUk (Харьков → Kharkov,
 * ЩУКИН → SHCHUKIN); every other character passes through.
 */
import { caseLike } from './romanize-uk';

const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  // Doc 9303's entries for the other letters of the Ukrainian alphabet.
  ґ: 'g', є: 'ie', і: 'i', ї: 'i',
};

export function romanizeRu(text: string): string {
  // NFC, so that a decomposed й or ё (и/е + combining mark) is found in the table.
  const chars = [...text.normalize('NFC')];
  return chars
    .map((ch, index) => {
      const latin = LETTERS[ch.toLowerCase()];
      return latin === undefined ? ch : caseLike(latin, chars, index);
    })
    .join('');
}
