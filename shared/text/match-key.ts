/**
 * Search keys that bring the Ukrainian, Russian and Latin spellings of one name together:
 * Лисогор, Лысогор, Lysohor, Lysogor and LISOGOR share the key "lisokhor"; Харків, Харьков,
 * Kharkiv and Kharkov share "kharkiv". Records store the keys of their words (matchKeys) and a
 * query's keys match them by prefix, so the same function serves both sides.
 *
 * A word is spelled out in Latin letters (Cyrillic by a lossy romanization, Latin accents
 * dropped), read as a list of sounds with the common Latin spellings of each (kh/h/g, zh, ch/tch,
 * sh/sch/sz, shch/szcz, ts/tz, ph, x, w, j/y/i...), and folded where the spellings of one name
 * differ by language or by transliteration scheme:
 * - г ґ х, g, h, kh, gh are one sound "kh": Ukrainian г is Russian г and Latin h (Герелюк,
 *   Hereliuk, Gereliuk), and a Latin h is х as often as г (Terehov). It costs Гарт = Харт.
 * - и і ї й ы, i y j are one "i", and a run of them is one (Andrii, Andriy, Andrij = Андрій).
 * - е є э ё, e are one; a glide before it goes (Yevhen = Evhen, Гаєвич = Гаевич), and so does the
 *   e of -ей/-ій (Андрей = Андрій, Олейник = Олійник); Latin "yo" after a consonant is ё
 *   (Semyon = Semen). The key writes this vowel "ie", so that a query that stops at the "i" of
 *   "Ye" is still a prefix of the key.
 * - The vowel of a last syllable ending in -в is "i": Ukrainian і stands for Russian о and е there
 *   (Харків/Харьков, Львів/Львов, Київ/Киев, Терехов = Terekhov = Terekhiv).
 * - A word-initial о is а: Олександра and Александра, Oleksandra and Aleksandra share a key (so do
 *   Олена and Алена, Орлов and Арлов: the Ukrainian/Russian о/а split is worth more).
 * - Smaller ones: -ая is -а (Горовая = Горова), ц is hard (Вінниця = Винница), a final -e after i
 *   or a doubled consonant is silent (Marie = Марі, Pierre = П'єр), doubled letters count once
 *   (Zaporizhzhia = Zaporizhia), ь, ъ and apostrophes are not sounds.
 * Known misses: French ch for ш (Chevtchenko), German ch for х (Chruschtschow), Polish c for ц
 * (Szeptycki) and non-final ikavism (Світлана/Светлана). match-key.test.ts measures recall,
 * collisions and prefixes on match-key.fixtures.ts and prints the numbers.
 *
 * Prefixes: the folds look backwards, except those of the last syllable, so the key of what has
 * been typed so far is a prefix of the key of the whole word but for one keystroke in some
 * places: the vowel before a final -в and the в of a mid-word -ов-/-ев- (Terekho, Yanukov), the е
 * of a final -ей, the t and s of German "tsch". A search that also tries the query's key without
 * its last letter bridges them.
 */

/** Cyrillic letters → Latin, chosen so that the Latin reading below gives the same sounds. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z',
  и: 'i', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'i', ь: '',
  э: 'e', ю: 'iu', я: 'ia', ў: 'u',
};

/**
 * Latin letters that lose more than an accent: ones NFD does not decompose (ł ø ß...) and ones
 * whose Cyrillic spelling is known (č = ч, ž = ж, ü = ю, ö = ё/е as in Шредер).
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ŀ: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i', đ: 'dzh',
  č: 'ch', ć: 'ch', š: 'sh', ž: 'zh', ż: 'zh', ä: 'e', ö: 'e', ü: 'iu',
};

/** Latin spellings of one sound (Ukrainian, Russian, English, German, French, Polish). */
const LATIN_SOUNDS: Readonly<Record<string, readonly string[]>> = {
  shch: ['sh', 'ch'], szcz: ['sh', 'ch'], tsch: ['ch'], sch: ['sh'], tch: ['ch'],
  kh: ['kh'], gh: ['kh'], zh: ['zh'], ch: ['ch'], sh: ['sh'], sz: ['sh'], cz: ['ch'],
  ts: ['ts'], tz: ['ts'], ph: ['f'], th: ['t'], ck: ['k'], ou: ['u'],
  g: ['kh'], h: ['kh'], j: ['i'], q: ['k'], w: ['v'], x: ['k', 's'],
};
const LATIN_SOUND = /shch|szcz|tsch|sch|tch|kh|gh|zh|ch|sh|sz|cz|ts|tz|ph|th|ck|ou|[a-z0-9]/g;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isVowel = (unit: string | undefined): boolean => unit !== undefined && VOWELS.has(unit);
const isConsonant = (unit: string | undefined): boolean => unit !== undefined && !VOWELS.has(unit);

/** Last-syllable endings whose vowel Ukrainian writes і where Russian writes о or е. */
const IKAVISM_FINALS = new Set(['v']);

const APOSTROPHES = /['’ʼ`]/gu;
const COMBINING_MARKS = /\p{M}/gu;

/** The word in lowercase Latin letters and digits. */
function spellInLatin(word: string): string {
  let latin = '';
  for (const ch of word.toLowerCase().normalize('NFC').replace(APOSTROPHES, '')) {
    latin += CYRILLIC[ch] ?? LATIN_LETTERS[ch] ?? ch.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return latin.replace(/[^a-z0-9]/g, '');
}

function readSounds(latin: string): string[] {
  const units: string[] = [];
  for (const { 0: spelling, index } of latin.matchAll(LATIN_SOUND)) {
    if (spelling === 'c') {
      // c is s before e, i, y (Cécile, Lucie) and k before anything else (Macron, Victor). At the
      // end it is taken for the start of "ch": a query typed up to "Kovalc" or "Yanukovyc" then
      // stays a prefix of its name (and Marc is not Марк).
      const next = latin.charAt(index + 1);
      units.push(next === '' ? 'ch' : 'eiy'.includes(next) ? 's' : 'k');
    } else {
      units.push(...(LATIN_SOUNDS[spelling] ?? [spelling]));
    }
  }
  return units;
}

/** One "i" for и і ї й ы i y j, ё for Latin yo, and the last-syllable vowel Ukrainian writes і. */
function foldVowels(units: readonly string[]): string[] {
  const u = [...units];
  // Latin "yo" after a consonant is ё (Semyon, Fyodor, Pyotr), which ICAO and Ukrainian write e.
  for (let i = 1; i + 1 < u.length; i++) {
    if (u[i] === 'y' && u[i + 1] === 'o' && isConsonant(u[i - 1])) u.splice(i, 2, 'e');
  }
  // A silent final e after i (not y) or a doubled consonant: Marie = Марі, Pierre = П'єр,
  // Philippe = Філіп (but Zaporozhye = Запорожье).
  const n = u.length;
  const silent = u[n - 2] === 'i' || (isConsonant(u[n - 2]) && u[n - 2] === u[n - 3]);
  if (n >= 3 && u[n - 1] === 'e' && silent && u.slice(0, n - 2).some(isVowel)) u.pop();
  for (let i = 0; i < u.length; i++) if (u[i] === 'y') u[i] = 'i';
  // Ikavism: Харків/Харьков, Львів/Львов, Київ/Киев. Not before the third unit, so that the
  // prefix "Ков" of Коваленко keeps its o.
  const last = u.length - 1;
  if (IKAVISM_FINALS.has(u[last]!) && last - 1 >= 2 && 'eoi'.includes(u[last - 1]!)) u[last - 1] = 'i';
  return u.filter((unit, i) => !(unit === 'i' && u[i - 1] === 'i'));
}

/** The glides and endings that Ukrainian, Russian and the Latin schemes spell differently. */
function foldGlides(units: readonly string[]): string[] {
  const u = [...units];
  for (let i = 0; i < u.length; i++) {
    // ICAO's ъ before an iotated vowel: Podieiachev = Подъячев = Podyachev
    if (u[i] === 'i' && u[i + 1] === 'e' && u[i + 2] === 'i' && isVowel(u[i + 3])) u.splice(i, 2);
    // ц is hard in Russian: Вінниця = Винница
    if (u[i] === 'ts' && u[i + 1] === 'i' && 'auo'.includes(u[i + 2] ?? '-')) u.splice(i + 1, 1);
  }
  // -ій/-ей before a consonant or at the end: Олійник = Олейник, Андрій = Андрей
  const glided = u.filter((unit, i) => !(i > 0 && unit === 'e' && u[i + 1] === 'i' && !isVowel(u[i + 2])));
  // Є = Е: the glide before e goes (Yevhen = Evhen, Гаєвич = Гаевич)
  const out = glided.filter((unit, i) => !(unit === 'i' && glided[i + 1] === 'e'));
  // -ая/-а: Горовая = Горова, Чайковская = Чайковська
  const m = out.length;
  if (m >= 4 && out.slice(m - 3).join('') === 'aia' && out.slice(0, m - 3).some(isVowel)) {
    out.splice(m - 2, 2);
  }
  return out;
}

/** Doubled sounds count once; initial о is а; e is written "ie" (see the module comment). */
function finish(units: readonly string[]): string {
  const u = units.filter((unit, i) => unit !== units[i - 1]);
  if (u[0] === 'o') u[0] = 'a';
  return u.map((unit) => (unit === 'e' ? 'ie' : unit)).join('');
}

/** The key of one word (a name part without spaces or hyphens). */
export function wordKey(word: string): string {
  return finish(foldGlides(foldVowels(readSounds(spellInLatin(word)))));
}

const WORD = /[\p{L}\p{M}\p{N}'’ʼ`]+/gu;

/** The keys of the words of a text, in order (Нечуй-Левицький → two keys). */
export function matchKeys(text: string): string[] {
  return [...text.matchAll(WORD)].map(([word]) => wordKey(word)).filter((key) => key !== '');
}

/** The keys of a text's words joined by spaces: one string to store or to compare. */
export function matchKey(text: string): string {
  return matchKeys(text).join(' ');
}
