/**
 * Precomputed sort keys that reproduce `new Intl.Collator('uk').compare` (ICU, default options:
 * tertiary strength, non-ignorable punctuation, lowercase before uppercase) with plain JavaScript
 * string comparison, i.e. UTF-16 code-unit order, which is also the order IndexedDB uses for
 * string keys. Sorting 100 000 names by a stored key is several times faster than sorting them
 * with the collator.
 *
 * Key format (like an ICU sort key; every unit is U+0001..U+00FF, so V8 stores keys as compact
 * one-byte strings):
 *
 *   primary weights  U+0001  secondary weights  U+0001  tertiary weights
 *
 * - Primary (base letter): one or two units per collation element, increasing with ICU's primary
 *   order (spaces < punctuation < symbols < digits < Cyrillic < Latin). Letters and punctuation
 *   of ASCII, Latin-1 and the basic Cyrillic block get one unit, rarer characters two. ICU's uk
 *   tailoring is included: ґ, є, і, ї, й are letters of their own; ё is е with an accent.
 * - Secondary (accents): U+0020 for a plain letter, higher units for accents, which ICU keeps as
 *   separate collation elements after the letter (so 'e' < 'é' < 'eb': accents only break ties).
 * - Tertiary (case and variants): U+0020 for lowercase, higher for uppercase and compatibility
 *   variants (superscripts, ligatures...).
 * - U+0001 is lower than every weight, so a string that is a prefix of another sorts first.
 *   Trailing U+0020 (the lowest weight) is dropped from the secondary and tertiary parts. This
 *   keeps the order: strings with equal primary weights have the same number of U+0020 secondary
 *   weights (one per primary weight), and strings with equal primary and secondary weights have
 *   tertiary parts of the same length.
 * - Code points outside the tables (Greek, Armenian, Hebrew, Arabic, CJK, emoji, most symbols
 *   outside Latin-1 / General Punctuation / Letterlike Symbols...) get the primary weight
 *   U+00FF + three units of the code point, which sorts after every Latin letter, in code point
 *   order. Combining marks outside the tables become accents in the same way; default-ignorable
 *   code points are skipped. Nothing ever throws.
 *
 * The tables were derived by probing ICU 78.2 / CLDR as shipped with Node 20.20 (full ICU) with
 * `Intl.Collator('uk')` at the base / accent / variant sensitivities, for Basic Latin, Latin-1,
 * Latin Extended-A/B and Additional, IPA and spacing modifiers, combining diacritics, Cyrillic
 * (U+0400–U+052F), General Punctuation, super/subscripts, currency, letterlike symbols and number
 * forms. `collation-key.test.ts` checks them against the live collator. Keys are static data, so
 * they stay stable across browsers and ICU versions; if ICU's uk collation ever changes, the test
 * will show it.
 *
 * Precomposed letters are keyed by their canonical decomposition (NFD), so canonically equivalent
 * spellings get identical keys. The contractions of ICU's uk collation are reproduced: и/І + U+0306
 * (й), і/І + U+0308 (ї), also with intervening below-marks, and l/L + U+00B7 (Catalan ŀ).
 *
 * Known differences from `Intl.Collator('uk').compare` (none of them occurs in Ukrainian, Russian
 * or Latin-script European names):
 * - Characters outside the tables are ordered by code point after Latin. ICU puts emoji and other
 *   symbols before the digits, Greek right after Latin, then the other scripts in its own order,
 *   and gives accented Greek letters (ά) only a secondary difference.
 * - і/І followed by U+0344 (combining Greek dialytika tonos) is keyed as ї + acute; ICU does not
 *   contract it.
 * - Discontiguous contractions are recognised only across table marks; an unknown combining mark
 *   between и and U+0306 blocks the contraction here, but not always in ICU.
 * - Strings the collator finds equal (e.g. different Unicode spaces) may get identical keys, so a
 *   stable sort keeps their input order; no other tie-break is applied.
 */

/** Separates the primary, secondary and tertiary parts of a key; lower than any weight. */
const LEVEL_SEPARATOR = 0x01;
/** First primary code; primary codes increase from here. */
const FIRST_PRIMARY = 0x03;
/** Secondary / tertiary weight 0 (plain letter / lowercase); higher weights follow consecutively. */
const WEIGHT_BASE = 0x20;
/** Lead unit of fallback weights (code points without table entry); above every table weight. */
const FALLBACK_LEAD = 0xff;
/** Lowest unit after a fallback lead (never WEIGHT_BASE, which may be trimmed). */
const FIRST_TRAIL = 0x21;
/** Code units per String.fromCharCode call. */
const CHUNK = 4096;
/** Table entries cover U+0000 up to (excluding) this code point. */
const TABLE_SIZE = 0x2190;

// ---------------------------------------------------------------------------------------------
// Data (generated from ICU by probing, see above).
//
// PRIMARY_GROUPS: one entry per primary weight, in ascending order. The characters of an entry
// share the weight and are listed in ascending tertiary order (tertiary weight = 8 × position);
// an array entry groups characters with the same tertiary weight.
// MARK_GROUPS: combining marks in ascending secondary order (secondary weight = 1 + index);
// marks in one string share the weight. Weights 46–49 are extra accents without a combining mark
// (the typographic quotes, æ, œ, ß, ð, ŀ, ſ).
// SPECIAL: [character, characters whose primary weights it takes, secondary weights, tertiary
// weights] for expansions (ß = ss, æ = ae, № = No, ½ = 1⁄2...) and letters with a built-in accent
// (ø = o + U+0338, ł = l + U+0335...). Tertiary weights that are not multiples of 8 lie between
// the variants listed in PRIMARY_GROUPS.
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const PRIMARY_GROUPS: readonly (string | readonly string[])[] = [
  '\x09', '\x0a', '\x0b', '\x0c', '\x0d', '\x85', '\u2028', '\u2029',
  ['\x20', '\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f', '\xa0\u2007\u202f'], '‾', '_', '‗', '-',
  '‐‑', '‒', '–', '—', '―', '⁓', ',', ';', '⁏', ':', '!', '¡', '?', '¿', '‽', '.․', '·', '⁕', '⁖', '⁘', '⁙',
  '⁚', '⁛', '⁜', '⁝', '⁞', '\'', '‹', '›', '"', '«', '»', '(⁽₍', ')⁾₎', '[', ']', '{', '}', '⁅', '⁆', '‖',
  '§', '¶', '⁋', '@', '*', '⁎', '⁑', '/', '\\', '&', '⁊', '#', '%', '‰', '‱', '†', '‡', '•', '‣', '‧', '⁃',
  '⁌', '⁍', '′', '‵', '‸', '※', '‿', '⁔', '⁀', '⁐', '⁁', '⁂', '`', '´', '˜', '^', '¯', '˘', '˙', '¨', '˚',
  '˝', '¸', '˛', 'ʹ', 'ʺ', '˂', '˃', '˄', '˅', 'ˆ', 'ˇ', 'ˈ', 'ˉ', 'ˊ', 'ˋ', 'ˌ', 'ˍ', 'ˎ', 'ˏ', '˒', '˓',
  '˔', '˕', '˖', '˗', '˞', '˟', '˥', '˦', '˧', '˨', '˩', '˪', '˫', 'ˬ', '˭', '˯', '˰', '˱', '˲', '˳', '˴',
  '˵', '˶', '˷', '˸', '˹', '˺', '˻', '˼', '˽', '˾', '˿', '°', '҂', '©', '®', '℄', '℈', '℔', '℗', '℘', '℞',
  '℟', '℣', '℥', '℧', '℩', '℮', '℺', '⅁', '⅂', '⅃', '⅄', '⅊', '⅌', '⅏', '↊', '↋', '⅀', '+⁺₊', '±', '÷', '×',
  '<', '=⁼₌', '>', '¬', '|', '¦', '~', '⁻₋', '⁒', '⁄', '⅋', 'ː', 'ˑ', '¤', '¢', '$', '£', '¥', '₠', '₡', '₢',
  '₣', '₤', '₥', '₦', '₩', '₪', '₫', '€', '₭', '₮', '₯', '₰', '₱', '₲', '₳', '₴', '₵', '₶', '₷', '₸', '₹',
  '₺', '₻', '₼', '₽', '₾', '₿', '⃀', '0⁰₀', '1¹₁', '2²₂', '3³₃', '4⁴₄', '5⁵₅', ['6ↅ', '⁶', '₆'], '7⁷₇',
  '8⁸₈', '9⁹₉', 'ↀ', 'ↁ', 'ↂ', 'ↆ', 'ↇ', 'ↈ', 'аА', 'әӘ', 'ӕӔ', 'бБ', 'вВ', 'гГ', 'ґҐ', 'ғҒ', 'ӻӺ', 'ҕҔ',
  'ӷӶ', 'дД', 'ԁԀ', 'ђЂ', 'ԃԂ', 'ҙҘ', 'еЕ', 'єЄ', 'жЖ', 'ԫԪ', 'җҖ', 'зЗ', 'ԅԄ', 'ԑԐ', 'ѕЅ', 'ӡӠ', 'ԇԆ', 'иИ',
  'ҋҊ', 'іІ', 'їЇ', 'йЙ', 'јЈ', 'кК', 'қҚ', 'ӄӃ', 'ҡҠ', 'ҟҞ', 'ҝҜ', 'ԟԞ', 'ԛԚ', 'лЛ', 'ӆӅ', 'ԯԮ', 'ԓԒ', 'ԡԠ',
  'љЉ', 'ԉԈ', 'ԕԔ', 'мМ', 'ӎӍ', 'нН', 'ԩԨ', 'ӊӉ', 'ңҢ', 'ӈӇ', 'ԣԢ', 'ҥҤ', 'њЊ', 'ԋԊ', 'оО', 'өӨ', 'пП', 'ԥԤ',
  'ҧҦ', 'ҁҀ', 'рР', 'ҏҎ', 'ԗԖ', 'сС', 'ԍԌ', 'ҫҪ', 'тТ', 'ԏԎ', 'ҭҬ', 'ћЋ', 'уУ', 'үҮ', 'ұҰ', 'ѹѸ', 'фФ', 'хХ',
  'ӽӼ', 'ӿӾ', 'ҳҲ', 'һҺ', 'ԧԦ', 'ѡѠ', 'ѿѾ', 'ѽѼ', 'ѻѺ', 'цЦ', 'ҵҴ', 'чЧ', 'ԭԬ', 'ҷҶ', 'ӌӋ', 'ҹҸ', 'ҽҼ', 'ҿҾ',
  'џЏ', 'шШ', 'щЩ', 'ъЪ', 'ыЫ', 'ьЬ', 'ҍҌ', 'ѣѢ', 'эЭ', 'юЮ', 'яЯ', 'ԙԘ', 'ѥѤ', 'ѧѦ', 'ѫѪ', 'ѩѨ', 'ѭѬ', 'ѯѮ',
  'ѱѰ', 'ѳѲ', 'ѵѴ', 'ҩҨ', 'ԝԜ', 'ӏӀ', 'a\u0363Aªₐ', 'Ⱥ', 'ɐ', 'ɑ', 'ɒ', 'bBℬ', 'ʙ', 'ƀɃ', 'ɓƁ', 'ƃƂ',
  ['c', '\u0368ⅽ', 'C', 'Ⅽ', 'ℂℭ'], 'ȼȻ', 'ƈƇ', 'ɕ', 'ↄↃ', ['d', '\u0369ⅾ', 'ⅆ', 'D', 'Ⅾ', 'ⅅ'], 'ɖƉ', 'ɗƊ',
  'ƌƋ', 'ȡ', 'ẟ', ['e', '\u0364', 'ℯⅇ', 'E', 'ℰ', 'ₑ'], 'ɇɆ', 'ǝƎ', 'əƏₔ', 'ɛƐℇ', 'ɘ', 'ɚ', 'ɜ', 'ɝ', 'ɞ',
  'ʚ', 'ɤ', 'fFℱ', 'ƒƑ', 'ⅎℲ', 'gℊG', 'ɡ', 'ɢ', 'ǥǤ', 'ɠƓ', 'ʛ', 'ɣƔˠ', 'ƣƢ',
  ['h', '\u036a', 'ℎ', 'H', 'ℋℌℍ', 'ʰ', 'ₕ'], 'ʜ', 'ƕǶ', 'ɦʱ', 'ɧ', 'ʻ', 'ʽ',
  ['i', '\u0365ⅰ', 'ℹⅈ', 'I', 'Ⅰ', 'ℐℑ', 'ⁱ'], 'ı', 'ɪ', 'ɨƗ', 'ɩƖ', 'jⅉJʲ', 'ȷ', 'ɉɈ', 'ʝ', 'ɟ', 'ʄ', 'kKₖ',
  'ƙƘ', 'ʞ', 'lⅼℓLⅬℒˡₗ', 'ʟ', 'ƚȽ', 'ɫ', 'ɬ', 'ɭ', 'ȴ', 'ɮ', 'ƛ', 'ʎ', ['m', '\u036bⅿ', 'M', 'Ⅿ', 'ℳ', 'ₘ'],
  'ɱ', 'nNℕⁿₙ', 'ɴ', 'ɲƝ', 'ƞȠ', 'ɳ', 'ȵ', 'ŋŊ', 'o\u0366ℴOºₒ', 'ɶ', 'ɔƆ', 'ɵƟ', 'ɷ', 'ȣȢ', 'pPℙₚ', 'ƥƤ',
  'ɸ', 'qQℚ', 'ʠ', 'ɋɊ', 'ĸ', ['r', '\u036c', 'R', 'ℛℜℝ', 'ʳ'], 'ʀƦ', 'ɍɌ', 'ɹʴ', 'ɺ', 'ɻʵ', 'ɼ', 'ɽ', 'ɾ',
  'ɿ', 'ʁʶ', 'sSˢₛ', 'ʂ', 'ȿ', 'ẜ', 'ẝ', 'ʃƩ', 'ƪ', 'ʅ', 'ʆ', 't\u036dTₜ', 'ŧŦ', 'Ⱦ', 'ƫ', 'ƭƬ', 'ʈƮ', 'ȶ',
  'ʇ', 'u\u0367U', 'ʉɄ', 'ɥ', 'ʮ', 'ʯ', 'ɯƜ', 'ɰ', 'ʊƱ', ['v', '\u036eⅴ', 'V', 'Ⅴ'], 'ʋƲ', 'ỽỼ', 'ʌɅ', 'wWʷ',
  'ʍ', ['x', '\u036fⅹ', 'X', 'Ⅹ', 'ˣ', 'ₓ'], 'yYʸ', 'ʏ', 'ɏɎ', 'ƴƳ', 'ỿỾ', 'ȝȜ', ['z', 'Z', 'ℤℨ'], 'ƶƵ',
  'ȥȤ', 'ʐ', 'ʑ', 'ɀ', 'ʒƷ', 'ƹƸ', 'ƺ', 'ʓ', 'þÞ', 'ƿǷ', 'ƻ', 'ƨƧ', 'ƽƼ', 'ƅƄ', 'ʔ', 'ɂɁ', 'ˀ', 'ʼ', 'ˮ',
  'ʾ', 'ʕˤ', 'ʿ', 'ˁ', 'ʡ', 'ʢ', 'ʖ', 'ǀ', 'ǁ', 'ǂ', 'ǃ', 'ʗ', 'ʘ', 'ʬ', 'ʭ',
];

// prettier-ignore
const MARK_GROUPS: readonly string[] = [
  '\u0332', '\u0313\u0486', '\u0314\u0485', '\u0301', '\u0300', '\u0306', '\u0302', '\u030c', '\u030a',
  '\u0342', '\u0308', '\u030b', '\u0303', '\u0307', '\u0338', '\u0327', '\u0328', '\u0304',
  '\u030d\u030e\u0312\u0315\u031a\u033d\u033e\u033f\u0346\u034a\u034b\u034c\u0350\u0351\u0352\u0357\u035b\u035d\u035e\u0484\u0487',
  '\u0316\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0329\u032a\u032b\u032c\u032f\u0333\u033a\u033b\u033c\u0347\u0348\u0349\u034d\u034e\u0353\u0354\u0355\u0356\u0359\u035a\u035c\u035f\u0362',
  '\u0336\u0337', '\u0335', '\u0305', '\u0309', '\u030f', '\u0310', '\u0311', '\u031b', '\u0321', '\u0322',
  '\u0323', '\u0324', '\u0325', '\u0326', '\u032d', '\u032e', '\u0330', '\u0331', '\u0334', '\u0339',
  '\u0345', '\u0358', '\u0360', '\u0361', '\u0483',
];

// prettier-ignore
const SPECIAL: readonly (readonly [string, string, readonly number[], readonly number[]])[] = [
  ['‼', '!!', [0, 0], [1, 1]], ['⁉', '!?', [0, 0], [1, 1]], ['⁈', '?!', [0, 0], [1, 1]],
  ['⁇', '??', [0, 0], [1, 1]], ['‥', '..', [0, 0], [8, 8]], ['…', '...', [0, 0, 0], [8, 8, 8]],
  ['‘', '\'', [0, 46], [0, 0]], ['’', '\'', [0, 47], [0, 0]], ['‚', '\'', [0, 48], [0, 0]],
  ['‛', '\'', [0, 49], [0, 0]], ['“', '"', [0, 46], [0, 0]], ['”', '"', [0, 47], [0, 0]],
  ['„', '"', [0, 48], [0, 0]], ['‟', '"', [0, 49], [0, 0]], ['″', '′′', [0, 0], [1, 1]],
  ['‴', '′′′', [0, 0, 0], [1, 1, 1]], ['⁗', '′′′′', [0, 0, 0, 0], [1, 1, 1, 1]], ['‶', '‵‵', [0, 0], [1, 1]],
  ['‷', '‵‵‵', [0, 0, 0], [1, 1, 1]], ['℃', '°c', [0, 0], [1, 1]], ['℉', '°f', [0, 0], [1, 1]],
  ['↉', '0⁄3', [0, 0, 0], [17, 17, 17]], ['⅟', '1⁄', [0, 0], [17, 17]],
  ['⅒', '1⁄10', [0, 0, 0, 0], [17, 17, 17, 17]], ['½', '1⁄2', [0, 0, 0], [17, 17, 17]],
  ['⅓', '1⁄3', [0, 0, 0], [17, 17, 17]], ['¼', '1⁄4', [0, 0, 0], [17, 17, 17]],
  ['⅕', '1⁄5', [0, 0, 0], [17, 17, 17]], ['⅙', '1⁄6', [0, 0, 0], [17, 17, 17]],
  ['⅐', '1⁄7', [0, 0, 0], [17, 17, 17]], ['⅛', '1⁄8', [0, 0, 0], [17, 17, 17]],
  ['⅑', '1⁄9', [0, 0, 0], [17, 17, 17]], ['⅔', '2⁄3', [0, 0, 0], [17, 17, 17]],
  ['⅖', '2⁄5', [0, 0, 0], [17, 17, 17]], ['¾', '3⁄4', [0, 0, 0], [17, 17, 17]],
  ['⅗', '3⁄5', [0, 0, 0], [17, 17, 17]], ['⅜', '3⁄8', [0, 0, 0], [17, 17, 17]],
  ['⅘', '4⁄5', [0, 0, 0], [17, 17, 17]], ['⅚', '5⁄6', [0, 0, 0], [17, 17, 17]],
  ['⅝', '5⁄8', [0, 0, 0], [17, 17, 17]], ['⅞', '7⁄8', [0, 0, 0], [17, 17, 17]],
  ['℀', 'a/c', [0, 0, 0], [9, 9, 9]], ['℁', 'a/s', [0, 0, 0], [9, 9, 9]],
  ['⅍', 'a/s', [0, 0, 0], [17, 17, 17]], ['Æ', 'ae', [0, 46, 0], [8, 0, 8]],
  ['æ', 'ae', [0, 46, 0], [0, 0, 0]], ['ẚ', 'aʾ', [0, 0], [9, 9]], ['℅', 'c/o', [0, 0, 0], [9, 9, 9]],
  ['℆', 'c/u', [0, 0, 0], [9, 9, 9]], ['Ð', 'd', [0, 46], [8, 0]], ['ð', 'd', [0, 46], [0, 0]],
  ['Đ', 'd', [0, 22], [24, 0]], ['đ', 'd', [0, 22], [0, 0]], ['ȸ', 'db', [0, 0], [8, 1]],
  ['Ǆ', 'dz', [0, 0, 8], [32, 9, 0]], ['ǅ', 'dz', [0, 0, 8], [32, 1, 0]], ['ǆ', 'dz', [0, 0, 8], [8, 1, 0]],
  ['Ǳ', 'dz', [0, 0], [32, 9]], ['ǲ', 'dz', [0, 0], [32, 1]], ['ǳ', 'dz', [0, 0], [8, 1]],
  ['ʣ', 'dz', [0, 0], [8, 1]], ['ʥ', 'dʑ', [0, 0], [9, 9]], ['ʤ', 'dʒ', [0, 0], [8, 1]],
  ['℻', 'fax', [0, 0, 0], [9, 9, 9]], ['ʩ', 'fŋ', [0, 0], [1, 1]], ['Ħ', 'h', [0, 22], [24, 0]],
  ['ħ', 'h', [0, 22], [0, 0]], ['ℏ', 'h', [0, 22], [0, 0]], ['Ⅱ', 'ii', [0, 0], [32, 32]],
  ['ⅱ', 'ii', [0, 0], [8, 8]], ['Ⅲ', 'iii', [0, 0, 0], [32, 32, 32]], ['ⅲ', 'iii', [0, 0, 0], [8, 8, 8]],
  ['Ĳ', 'ij', [0, 0], [32, 17]], ['ĳ', 'ij', [0, 0], [8, 1]], ['Ⅳ', 'iv', [0, 0], [32, 24]],
  ['ⅳ', 'iv', [0, 0], [8, 8]], ['Ⅸ', 'ix', [0, 0], [32, 24]], ['ⅸ', 'ix', [0, 0], [8, 8]],
  ['Ŀ', 'l', [0, 46], [8, 0]], ['ŀ', 'l', [0, 46], [0, 0]], ['Ł', 'l', [0, 22], [24, 0]],
  ['ł', 'l', [0, 22], [0, 0]], ['Ǉ', 'lj', [0, 0], [32, 17]], ['ǈ', 'lj', [0, 0], [32, 1]],
  ['ǉ', 'lj', [0, 0], [8, 1]], ['Ỻ', 'll', [0, 0], [32, 32]], ['ỻ', 'll', [0, 0], [8, 8]],
  ['ʪ', 'ls', [0, 0], [8, 1]], ['ʫ', 'lz', [0, 0], [8, 1]], ['Ǌ', 'nj', [0, 0], [9, 10]],
  ['ǋ', 'nj', [0, 0], [9, 9]], ['ǌ', 'nj', [0, 0], [1, 1]], ['№', 'no', [0, 0], [9, 9]],
  ['Ø', 'o', [0, 15], [24, 0]], ['ø', 'o', [0, 15], [0, 0]], ['Œ', 'oe', [0, 46, 0], [8, 0, 8]],
  ['œ', 'oe', [0, 46, 0], [0, 0, 0]], ['₧', 'pts', [0, 0, 0], [9, 9, 9]], ['ȹ', 'qp', [0, 0], [1, 1]],
  ['₨', 'rs', [0, 0], [17, 17]], ['ſ', 's', [0, 47], [0, 0]], ['℠', 'sm', [0, 0], [16, 33]],
  ['ß', 'ss', [0, 46, 0], [0, 0, 0]], ['ẞ', 'ss', [0, 46, 0], [8, 0, 8]], ['ʨ', 'tɕ', [0, 0], [9, 9]],
  ['℡', 'tel', [0, 0, 0], [17, 17, 17]], ['™', 'tm', [0, 0], [17, 17]], ['ƾ', 'ts', [0, 0], [8, 1]],
  ['ʦ', 'ts', [0, 0], [8, 1]], ['ʧ', 'tʃ', [0, 0], [8, 1]], ['Ⅵ', 'vi', [0, 0], [24, 32]],
  ['ⅵ', 'vi', [0, 0], [8, 8]], ['Ⅶ', 'vii', [0, 0, 0], [24, 32, 32]], ['ⅶ', 'vii', [0, 0, 0], [8, 8, 8]],
  ['Ⅷ', 'viii', [0, 0, 0, 0], [24, 32, 32, 32]], ['ⅷ', 'viii', [0, 0, 0, 0], [8, 8, 8, 8]],
  ['Ⅺ', 'xi', [0, 0], [24, 32]], ['ⅺ', 'xi', [0, 0], [8, 8]], ['Ⅻ', 'xii', [0, 0, 0], [24, 32, 32]],
  ['ⅻ', 'xii', [0, 0, 0], [8, 8, 8]], ['ƍ', 'zw', [0, 0], [1, 1]], ['ŉ', 'ʼn', [0, 0], [1, 1]],
];

/** Completely ignorable code points (controls, soft hyphen, joiners, bidi controls...). */
const IGNORABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008], [0x000e, 0x001f], [0x007f, 0x0084], [0x0086, 0x009f], [0x00ad, 0x00ad],
  [0x034f, 0x034f], [0x0488, 0x0489], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064],
  [0x2066, 0x206f],
];

/** Contractions: base letter → [the character that must follow, the contracted letter]. */
const CONTRACTIONS: ReadonlyMap<number, readonly [number, number]> = new Map([
  [0x0438, [0x0306, 0x0439]], // и + ̆ = й
  [0x0418, [0x0306, 0x0419]], // И + ̆ = Й
  [0x0456, [0x0308, 0x0457]], // і + ̈ = ї
  [0x0406, [0x0308, 0x0407]], // І + ̈ = Ї
  [0x006c, [0x00b7, 0x0140]], // l + · = ŀ
  [0x004c, [0x00b7, 0x013f]], // L + · = Ŀ
]);

/**
 * Characters whose primary weight gets a one-unit code (all others get two units), so keys of
 * typical names are short. Changing this changes the keys: bump COLLATION_KEY_VERSION.
 */
const isFrequent = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) ||
  (c >= 0x0400 && c <= 0x045f) || c === 0x0490 || c === 0x0491 || c === 0x02bc ||
  (c >= 0x2010 && c <= 0x2027);

// ---------------------------------------------------------------------------------------------
// Tables, built once at module load.
// ---------------------------------------------------------------------------------------------

/** KIND values: no entry; usable when scanning the raw text; only after NFD (marks, '·'). */
const UNKNOWN = 0;
const DIRECT = 1;
const NEEDS_NFD = 2;
const KIND = new Uint8Array(TABLE_SIZE);
/** Marks with 0 < canonical combining class < 230: they do not block й / ї contractions. */
const BELOW_MARK = new Uint8Array(TABLE_SIZE);

/** Weights of one table character: primary ranks, secondary and tertiary weights. */
interface Entry {
  readonly p: readonly number[];
  readonly s: readonly number[];
  readonly t: readonly number[];
}

/** Per level: the units of character c are POOL[OFFSET[c]] ... POOL[OFFSET[c + 1] - 1]. */
interface LevelTable {
  readonly offset: Uint16Array;
  readonly pool: Uint8Array;
}

const [PRIMARY, SECONDARY, TERTIARY, MAX_UNITS] = buildTables();

function buildTables(): [LevelTable, LevelTable, LevelTable, number] {
  const entries: (Entry | undefined)[] = new Array<Entry | undefined>(TABLE_SIZE);
  const define = (c: number, kind: number, entry: Entry): void => {
    KIND[c] = kind;
    entries[c] = entry;
  };
  PRIMARY_GROUPS.forEach((group, rank) => {
    const levels = typeof group === 'string' ? [...group] : group;
    levels.forEach((level, index) => {
      for (const ch of level) define(ch.charCodeAt(0), DIRECT, { p: [rank], s: [0], t: [8 * index] });
    });
  });
  MARK_GROUPS.forEach((group, index) => {
    for (const ch of group) {
      define(ch.charCodeAt(0), NEEDS_NFD, { p: [], s: [1 + index], t: [0] });
      // Canonical reordering puts a mark of a lower combining class before U+0306.
      if (`\u0306${ch}`.normalize('NFD') === `${ch}\u0306`) BELOW_MARK[ch.charCodeAt(0)] = 1;
    }
  });
  for (const [ch, primaries, s, t] of SPECIAL) {
    const p = [...primaries].flatMap((x) => entries[x.charCodeAt(0)]?.p ?? []);
    define(ch.charCodeAt(0), DIRECT, { p, s, t });
  }
  for (const [from, to] of IGNORABLE_RANGES) {
    for (let c = from; c <= to; c++) define(c, DIRECT, { p: [], s: [], t: [] });
  }
  // Combining letters (U+0363...) have primary weights but still take part in canonical reordering.
  for (let c = 0x0300; c < 0x0370; c++) if (KIND[c] === DIRECT) KIND[c] = NEEDS_NFD;
  KIND[0x00b7] = NEEDS_NFD; // may contract with a preceding l / L

  // Precomposed characters: the weights of their canonical decomposition.
  for (let c = 0x00c0; c < TABLE_SIZE; c++) {
    if (KIND[c] !== UNKNOWN || (c >= 0x0300 && c < 0x0370)) continue;
    const ch = String.fromCharCode(c);
    const nfd = ch.normalize('NFD');
    if (nfd === ch) continue;
    const parts: Entry[] = [];
    for (let i = 0; i < nfd.length; i++) {
      const part = entries[nfd.charCodeAt(i)];
      if (part !== undefined) parts.push(part);
    }
    if (parts.length !== nfd.length) continue; // e.g. Ω → Greek
    define(c, DIRECT, { p: parts.flatMap((e) => e.p), s: parts.flatMap((e) => e.s), t: parts.flatMap((e) => e.t) });
  }

  // Primary codes: one unit for ranks used by frequent characters, otherwise a lead unit shared by
  // a run of consecutive rare ranks plus a trail unit. Increasing, so the order is kept.
  const frequent = new Array<boolean>(PRIMARY_GROUPS.length).fill(false);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const e = entries[c];
    if (e !== undefined && e.p.length === 1 && isFrequent(c)) frequent[e.p[0]!] = true;
  }
  const codes: number[][] = [];
  let next = FIRST_PRIMARY;
  let lead = -1;
  let trail = 0;
  frequent.forEach((isFreq, rank) => {
    if (isFreq) {
      codes[rank] = [next++];
      lead = -1;
    } else {
      if (lead < 0 || trail > 0xff) {
        lead = next++;
        trail = FIRST_PRIMARY;
      }
      codes[rank] = [lead, trail++];
    }
  });
  if (next > FALLBACK_LEAD) throw new Error('collation-key: primary codes overflow');

  const pack = (units: (e: Entry) => readonly number[]): LevelTable => {
    const offset = new Uint16Array(TABLE_SIZE + 1);
    const all: number[] = [];
    for (let c = 0; c < TABLE_SIZE; c++) {
      offset[c] = all.length;
      const e = entries[c];
      if (e !== undefined) all.push(...units(e));
    }
    offset[TABLE_SIZE] = all.length;
    return { offset, pool: Uint8Array.from(all) };
  };
  const tables = [
    pack((e) => e.p.flatMap((rank) => codes[rank]!)),
    pack((e) => e.s.map((w) => WEIGHT_BASE + w)),
    pack((e) => e.t.map((w) => WEIGHT_BASE + w)),
  ] as const;
  let maxUnits = 4; // a fallback weight
  for (const { offset } of tables) {
    for (let c = 0; c < TABLE_SIZE; c++) maxUnits = Math.max(maxUnits, offset[c + 1]! - offset[c]!);
  }
  return [tables[0], tables[1], tables[2], maxUnits];
}

const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const MARK = /^\p{M}$/u;

// Reused output buffers (grown on demand): key under construction, secondary and tertiary units.
let capacity = 128;
let out = new Uint8Array(3 * capacity);
let sec = new Uint8Array(capacity);
let ter = new Uint8Array(capacity);
let np = 0;
let ns = 0;
let nt = 0;

function reset(length: number): void {
  const need = length * MAX_UNITS + 2;
  if (capacity < need) {
    capacity = need * 2;
    out = new Uint8Array(3 * capacity);
    sec = new Uint8Array(capacity);
    ter = new Uint8Array(capacity);
  }
  np = 0;
  ns = 0;
  nt = 0;
}

function append(c: number): void {
  let j = PRIMARY.offset[c]!;
  let end = PRIMARY.offset[c + 1]!;
  while (j < end) out[np++] = PRIMARY.pool[j++]!;
  j = SECONDARY.offset[c]!;
  end = SECONDARY.offset[c + 1]!;
  while (j < end) sec[ns++] = SECONDARY.pool[j++]!;
  j = TERTIARY.offset[c]!;
  end = TERTIARY.offset[c + 1]!;
  while (j < end) ter[nt++] = TERTIARY.pool[j++]!;
}

function appendFallback(buffer: Uint8Array, at: number, cp: number): void {
  buffer[at] = FALLBACK_LEAD;
  buffer[at + 1] = FIRST_TRAIL + (cp >> 14);
  buffer[at + 2] = FIRST_TRAIL + ((cp >> 7) & 0x7f);
  buffer[at + 3] = FIRST_TRAIL + (cp & 0x7f);
}

// ---------------------------------------------------------------------------------------------

/** Increases whenever the tables or the key format change: stored keys must then be rebuilt. */
export const COLLATION_KEY_VERSION = 1;

/**
 * A string whose code-unit order (`a < b`, IndexedDB key order) matches
 * `new Intl.Collator('uk').compare` on the original texts. See the module comment for the format
 * and the known differences.
 */
export function collationKey(text: string): string {
  // Fast path: every code unit has a context-free table entry (no combining marks, no middle dot,
  // nothing outside the tables), so no normalization is needed.
  const n = text.length;
  reset(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= TABLE_SIZE || KIND[c] !== DIRECT) return slowKey(text);
    append(c);
  }
  return finish();
}

/** Full path: canonical decomposition, contractions and fallback weights. */
function slowKey(text: string): string {
  let d = text.normalize('NFD');
  reset(d.length);
  for (let i = 0; i < d.length; i++) {
    let c = d.charCodeAt(i);
    const contraction = CONTRACTIONS.get(c);
    if (contraction !== undefined) {
      const [follower, contracted] = contraction;
      for (let j = i + 1; j < d.length; j++) {
        const m = d.charCodeAt(j);
        if (m === follower) {
          c = contracted;
          d = d.slice(0, j) + d.slice(j + 1);
          break;
        }
        // Only й / ї contract across intervening marks, and only across below-marks.
        if (follower === 0x00b7 || m >= TABLE_SIZE || BELOW_MARK[m] === 0) break;
      }
    }
    if (c < TABLE_SIZE && KIND[c] !== UNKNOWN) {
      append(c);
      continue;
    }
    const cp = d.codePointAt(i) ?? c;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (DEFAULT_IGNORABLE.test(ch)) continue;
    if (MARK.test(ch)) {
      appendFallback(sec, ns, cp);
      ns += 4;
    } else {
      appendFallback(out, np, cp);
      np += 4;
      sec[ns++] = WEIGHT_BASE;
    }
    ter[nt++] = WEIGHT_BASE;
  }
  return finish();
}

/** Joins the levels. Trailing lowest weights are dropped: see the module comment. */
function finish(): string {
  while (ns > 0 && sec[ns - 1] === WEIGHT_BASE) ns--;
  while (nt > 0 && ter[nt - 1] === WEIGHT_BASE) nt--;
  out[np++] = LEVEL_SEPARATOR;
  out.set(sec.subarray(0, ns), np);
  np += ns;
  out[np++] = LEVEL_SEPARATOR;
  out.set(ter.subarray(0, nt), np);
  np += nt;
  let key = '';
  for (let i = 0; i < np; i += CHUNK) {
    key += String.fromCharCode.apply(null, out.subarray(i, Math.min(np, i + CHUNK)) as unknown as number[]);
  }
  return key;
}
