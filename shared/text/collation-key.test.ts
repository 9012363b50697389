import { describe, expect, it } from 'vitest';
import { collationKey } from './collation-key';

// The reference: ICU's Ukrainian collation with default options (what the UI would otherwise use).
const collator = new Intl.Collator('uk');

/** Deterministic PRNG (mulberry32), so a failure can be reproduced. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortByKey(texts: readonly string[]): string[] {
  return texts
    .map((text) => ({ text, key: collationKey(text) }))
    .sort((a, b) => codeUnitOrder(a.key, b.key))
    .map((entry) => entry.text);
}

/**
 * Adjacent pairs of a sorted list that the collator puts the other way round, plus adjacent pairs
 * with identical keys that the collator tells apart (their order would be left to chance).
 */
function disagreements(sorted: readonly string[]): string[] {
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const byCollator = collator.compare(a, b);
    if (byCollator > 0) problems.push(`${JSON.stringify(a)} before ${JSON.stringify(b)}`);
    else if (byCollator < 0 && collationKey(a) === collationKey(b)) {
      problems.push(`${JSON.stringify(a)} and ${JSON.stringify(b)} share a key`);
    }
  }
  return problems;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('collationKey: ICU uk letter order', () => {
  // Verified collator order: Cyrillic before Latin, ґ after г, ё a variant of е, є after е,
  // і and ї after и, й after ї, ъ ы ь э near the end.
  const SAMPLE = [
    'Гора', 'Ґава', 'Ёлка', 'Ель', 'Ера', 'Єва', 'Ира', 'Іван', 'Ігор', 'Їжак', 'Йод', 'Щука', 'Ыа',
    'Ьа', 'Эра', 'Ярема', 'Lysohor',
  ];

  it('is the order of the collator', () => {
    expect([...SAMPLE].sort(collator.compare)).toEqual(SAMPLE);
    for (let seed = 1; seed <= 5; seed++) {
      expect(sortByKey(shuffle(SAMPLE, prng(seed)))).toEqual(SAMPLE);
    }
  });

  it('orders tricky neighbours like the collator', () => {
    const groups = [
      // the three apostrophes: ' and ’ are punctuation (’ is a secondary variant of '), ʼ a letter
      // that sorts after every Latin letter
      ["Мар'яна", 'Мар’яна', 'Марʼяна', 'Маряна', 'Мар-яна', 'Мар яна', 'Марина', 'Марта', 'МарZ'],
      ['Ель', 'Ёлка', 'ель', 'ёлка', 'Елка', 'Ёж', 'Еж', 'Єва', 'Ева'],
      ['e', 'é', 'è', 'ê', 'ë', 'E', 'É', 'f', 'eb', 'éa', 'Éa', 'ea'],
      ['Weiß', 'Weiss', 'WEISS', 'Weist', 'Weis'],
      ['Æsir', 'Aesir', 'Aet', 'Œuvre', 'Oeuvre', 'Øystein', 'Oystein', 'Oz'],
      ['Łukasz', 'Lukasz', 'Lz', 'Đorđe', 'Dorde', 'Dz'],
      ['de Smet', 'De Smet', 'Desmet', 'De-Smet', 'DeSmet', "D'Hondt", 'Dhondt', 'D’Hondt'],
      ['Організація 2', 'Організація 10', 'Організація 1', 'Організація', 'Організація-2', 'Організації'],
      ['Школа №5', 'Школа No5', 'Школа 5', 'Школа № 5'],
      ['Işık', 'Isik', 'İlker', 'Ilker', 'Ähnlich', 'Ahnlich', 'Zähne'],
      ['Paral·lel', 'Paralel', 'Paral.lel', 'Parallel', 'Paraŀlel'],
      ["Мар'яна", 'Мар‘яна', 'Мар’яна', 'Мар‛яна', 'Мар‚яна', 'Мар"яна', 'Мар“яна', 'Мар”яна', 'Мар„яна'],
    ];
    for (const group of groups) {
      expect(disagreements(sortByKey(group))).toEqual([]);
      expect(disagreements(sortByKey([...group].reverse()))).toEqual([]);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// A corpus of realistic names.

const UK_GIVEN = [
  'Олександр', 'Олена', 'Андрій', 'Юлія', 'Євген', 'Євгенія', 'Ірина', 'Ігор', 'Іван', 'Йосип', 'Ганна',
  "Мар'яна", "Мар'ян", "Дем'ян", "В'ячеслав", 'Григорій', 'Ілля', 'Єлизавета', 'Олексій', 'Соломія',
  'Богдан', 'Ярослава', 'Віктор', 'Зіновій', 'Валерій', 'Тетяна', 'Наталія', 'Оксана', 'Любов', 'Юрій',
  'Петро', 'Степан', 'Христина', 'Марія', 'Анна', 'Софія', 'Дмитро', 'Василь', 'Костянтин', 'Ольга',
  'Людмила', 'Світлана', 'Ярема', 'Остап', 'Тарас', 'Леся', 'Уляна', 'Устим', 'Ґаврило', 'Їжена',
];
const UK_FAMILY = [
  'Шевченко', 'Ковальчук', 'Бондаренко', 'Ткаченко', 'Коваленко', 'Олійник', 'Кравченко', 'Лисенко',
  'Гнатюк', 'Ґалаґан', 'Ґудзь', 'Їжакевич', 'Іваненко', 'Ігнатенко', 'Єременко', 'Єфименко', 'Зінченко',
  "Дем'яненко", "П'ятничко", "Прокоп'юк", 'Мельник', 'Шевчук', 'Юрчишин', 'Яковенко', 'Щербак',
  'Ющенко', 'Ярошенко', 'Остапчук', 'Рудь', 'Сич', 'Цибулько', 'Чорновіл', 'Гоголь', 'Ємець', 'Їжак',
  'Йовенко', 'Клименко', "Лук'яненко", 'Мазепа', 'Нечуй-Левицький', 'Огієнко', 'Підмогильний',
  'Руденко', 'Савчук', 'Тимошенко', 'Уманець', 'Фещенко', 'Хмельницький', 'Черненко', 'Шаповал', 'Щур',
  'Юхименко', 'Гайовий', 'Стрийська', 'Мар’янчук',
];
const UK_PATRONYMIC = ['Олександрович', 'Іванівна', 'Петрович', 'Ігорівна', 'Юрійович', 'Миколаївна'];
const RU_GIVEN = [
  'Сергей', 'Алексей', 'Наталья', 'Артём', 'Пётр', 'Фёдор', 'Эдуард', 'Элеонора', 'Ефим', 'Семён',
  'Алёна', 'Дарья', 'Илья', 'Юрий', 'Виталий', 'Анастасия', 'Игорь', 'Ксения', 'Евгений', 'Ёсиф',
];
const RU_FAMILY = [
  'Ёлкин', 'Фёдоров', 'Соловьёв', 'Мышкин', 'Васильев', 'Иванова', 'Объедков', 'Подъячев', 'Щукин',
  'Хрущёв', 'Эйзенштейн', 'Лебедев', 'Воробьёв', 'Журавлёв', 'Ковалёв', 'Сычёв', 'Ершов', 'Ежов',
  'Эткинд', 'Ыбыраев', 'Быков', 'Ильин',
];
const LATIN_GIVEN = [
  'Jérôme', 'Hélène', 'Éloïse', 'François', 'Benoît', 'Cécile', 'Noël', 'Zoé', 'Chloé', 'Anaïs',
  'Gaëlle', 'Léa', 'Maël', 'Ève', 'Łukasz', 'Małgorzata', 'Paweł', 'Wojciech', 'Grzegorz', 'Żaneta',
  'Jürgen', 'Björn', 'Günther', 'Jörg', 'Käthe', 'Søren', 'Åsa', 'Pieter', 'Bram', 'Lotte', 'Anneleen',
  'Sébastien', 'Ștefan', 'Işıl', 'İlker', 'Đorđe', 'Miloš', 'Zdeněk', 'Jiří', 'Ľubomír', 'José',
  'Begoña', 'João', 'Gonçalo', 'Þór', 'Ólafur', 'Ciarán', 'Siobhán', 'Ádám', 'Gergő', 'Lőrinc', 'Rūta',
  'Žygimantas', 'Kārlis', 'Tõnu', 'Juliette', 'Alex', 'Marie', 'Jean', 'Anne', 'Luc', 'Eva', 'Iva',
];
const LATIN_FAMILY = [
  'Lefèvre', 'Dupont', 'Delbe', 'Moreau', 'Lemaître', 'Côté', "D'Artagnan", "L'Écuyer", 'de La Fontaine',
  'Saint-Exupéry', 'Wiśniewski', 'Łęcki', 'Kowalczyk', 'Żółkiewski', 'Ścibor', 'Źrebiec', 'Dąbrowska',
  'Jędrzejczak', 'Nowak', 'Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Böhm', 'von der Heyde',
  'van der Meer', 'Van den Bossche', 'De Smet', 'Vanderstraeten', 'Peeters', 'Janssens', "D'Hondt",
  'Van Hoeydonck', 'Lenaerts', 'IJzerman', 'Dvořák', 'Čapek', 'Šimonová', 'Núñez', 'Peña', 'García',
  'Søndergaard', 'Ødegaard', 'Åström', 'Ærenlund', 'Işık', 'Çelik', 'Öztürk', 'Erdős', 'Szőke', 'Nagy',
  'Ó Briain', "O'Connor", 'McDonald', 'MacLeod', 'Đoković', 'Jovanović', 'Ionescu', 'Țurcanu',
  'Ștefănescu', 'Œhlenschläger', 'Straße', 'Dubois', 'Vandenberghe',
];
const ORGANIZATIONS = [
  'Організація', 'Міністерство закордонних справ України', 'МЗС України', 'ООН', 'ОБСЄ',
  'ТОВ «Світанок»', 'ПрАТ "Київстар"', "Фонд 'Відродження'", 'Посольство Франції в Україні',
  'Рада Європи', 'Європейська комісія', 'Комітет №3', 'Школа №12', 'Група 7-Б', 'Ґрунт і Ко',
  "Ministère de l'Europe et des Affaires étrangères", 'Auswärtiges Amt', 'SPF Affaires étrangères',
  'FOD Buitenlandse Zaken', 'OSCE', 'UN Women', 'Clinique Saint-Luc', 'Crédit Agricole',
  'Société Générale', 'Fundacja „Otwarty Dialog”', 'Stiftung Wissenschaft und Politik', 'NATO',
  'Rada Europy', 'Ośrodek Studiów Wschodnich', 'Université libre de Bruxelles', 'KU Leuven',
];

function generateCorpus(count: number, seed: number): string[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number): boolean => random() < p;

  function person(): string {
    const script = random();
    if (script < 0.45) {
      let given = pick(UK_GIVEN);
      let family = pick(UK_FAMILY);
      if (chance(0.1)) given = `${given}-${pick(UK_GIVEN)}`;
      if (chance(0.08)) family = `${family}-${pick(UK_FAMILY)}`;
      if (chance(0.08)) return `${given[0]}. ${family}`;
      if (chance(0.15)) return `${family} ${given} ${pick(UK_PATRONYMIC)}`;
      return chance(0.6) ? `${family} ${given}` : `${given} ${family}`;
    }
    if (script < 0.6) {
      const given = pick(RU_GIVEN);
      const family = pick(RU_FAMILY);
      return chance(0.6) ? `${family} ${given}` : `${given} ${family}`;
    }
    let given = pick(LATIN_GIVEN);
    let family = pick(LATIN_FAMILY);
    if (chance(0.1)) given = `${given}-${pick(LATIN_GIVEN)}`;
    if (chance(0.08)) family = `${family}-${pick(LATIN_FAMILY)}`;
    if (chance(0.06)) return `${given[0]}.-${pick(LATIN_GIVEN)[0]}. ${family}`;
    return chance(0.5) ? `${family}, ${given}` : `${given} ${family}`;
  }

  function organization(): string {
    let name = pick(ORGANIZATIONS);
    if (chance(0.4)) name = `${name} ${pick([1, 2, 3, 7, 10, 12, 20, 100, 2024])}`;
    if (chance(0.1)) name = `${name} (${pick(['Київ', 'Bruxelles', 'Warszawa', 'Берлін'])})`;
    return name;
  }

  const names = new Set<string>();
  while (names.size < count) {
    let name = chance(0.15) ? organization() : person();
    // apostrophe as typed on different keyboards
    if (name.includes("'") && chance(0.5)) name = name.replaceAll("'", pick(['’', 'ʼ']));
    // case as found in imported lists
    const casing = random();
    if (casing < 0.07) name = name.toUpperCase();
    else if (casing < 0.11) name = name.toLowerCase();
    // stray punctuation, quotes, spaces and digits
    const extra = random();
    if (extra < 0.02) name = `"${name}"`;
    else if (extra < 0.04) name = `«${name}»`;
    else if (extra < 0.05) name = `(${name})`;
    else if (extra < 0.06) name = `-${name}`;
    else if (extra < 0.07) name = `${name}.`;
    else if (extra < 0.08) name = ` ${name}`;
    else if (extra < 0.09) name = `${name} `;
    else if (extra < 0.1) name = `${name} ${Math.floor(random() * 30)}`;
    else if (extra < 0.11) name = name.replace(' ', '  ');
    // decomposed accents, as pasted from some macOS / web sources
    if (chance(0.05)) name = name.normalize('NFD');
    names.add(name);
  }
  return [...names];
}

describe('collationKey: realistic names', () => {
  const corpus = generateCorpus(3000, 20240611);

  it('has a varied corpus', () => {
    expect(corpus.length).toBe(3000);
    for (const needle of ["'", '’', 'ʼ', '-', '.', '«', '"', '2', 'Ї', 'ї', 'Ґ', 'ё', 'é', 'ł', 'ß', 'ø']) {
      expect(corpus.some((name) => name.includes(needle)), needle).toBe(true);
    }
    expect(corpus.some((name) => name !== name.normalize('NFC'))).toBe(true);
  });

  it('sorts by key exactly as the collator does', () => {
    const sorted = sortByKey(shuffle(corpus, prng(7)));
    expect(disagreements(sorted)).toEqual([]);
    expect([...sorted].sort(codeUnitOrder)).toEqual([...corpus].sort(codeUnitOrder));
  });

  it('uses a check that catches a wrong order', () => {
    // Sorting the raw texts by code unit is wrong for this corpus (Cyrillic letters are out of
    // order, case and accents are primary), so the check above can fail.
    const naive = [...corpus].sort(codeUnitOrder);
    expect(disagreements(naive).length).toBeGreaterThan(100);
    // Dropping the tertiary level (case) is caught too.
    const caseless = corpus
      .map((text) => {
        const key = collationKey(text);
        return { text, key: key.slice(0, key.lastIndexOf('\u0001')) };
      })
      .sort((a, b) => codeUnitOrder(a.key, b.key) || codeUnitOrder(a.text, b.text))
      .map((entry) => entry.text);
    expect(disagreements(caseless).length).toBeGreaterThan(0);
  });

  it('agrees with the collator on random pairs', () => {
    const random = prng(99);
    for (let n = 0; n < 20000; n++) {
      const a = corpus[Math.floor(random() * corpus.length)]!;
      const b = corpus[Math.floor(random() * corpus.length)]!;
      expect(Math.sign(codeUnitOrder(collationKey(a), collationKey(b))), `${a} / ${b}`).toBe(
        Math.sign(collator.compare(a, b)),
      );
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Random strings over all the characters the tables cover, mutated only in accents and case so
// that the secondary and tertiary levels decide.

describe('collationKey: table characters', () => {
  const pool: string[] = [];
  const add = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      // Greek and Hebrew (µ, ℼ, ℵ, Ω → ω...) are outside the tables: see the module comment.
      const related = ch.normalize('NFKD') + ch.toUpperCase() + ch.toLowerCase();
      if (/\p{Assigned}/u.test(ch) && !/[\p{Script=Greek}\p{Script=Hebrew}]/u.test(related)) pool.push(ch);
    }
  };
  add(0x20, 0x7e);
  add(0xa0, 0x24f); // Latin-1, Latin Extended-A and -B
  add(0x2b0, 0x2ff); // spacing modifier letters (ʼ ...)
  add(0x400, 0x52f); // Cyrillic
  add(0x1e00, 0x1eff); // Latin Extended Additional
  add(0x2010, 0x2027); // dashes, quotes, ellipsis
  add(0x2100, 0x218f); // letterlike symbols, number forms (№, ™, ½, Ⅻ...)
  const marks: string[] = [];
  for (let c = 0x300; c <= 0x36f; c++) if (c !== 0x344) marks.push(String.fromCharCode(c));
  const frequent = [...'aAeEoOsSlLiIиИіІїЇйЙеЕёЁ \'’ʼ-.·ß'];

  it('gives the collator order for strings that differ in accents and case', () => {
    const random = prng(2024);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const mutate = (ch: string): string => {
      const r = random();
      if (r < 0.25) return ch.toUpperCase() === ch ? ch.toLowerCase() : ch.toUpperCase();
      if (r < 0.4) return ch.normalize('NFD');
      if (r < 0.55) return ch.normalize('NFD').charAt(0); // drop accents
      if (r < 0.7) return ch + pick(marks);
      return ch;
    };
    const failures: string[] = [];
    for (let n = 0; n < 30000; n++) {
      let a = '';
      const length = 1 + Math.floor(random() * 5);
      for (let i = 0; i < length; i++) a += random() < 0.6 ? pick(pool) : pick(frequent);
      const b = random() < 0.8 ? [...a].map(mutate).join('') : a + pick(pool);
      const expected = Math.sign(collator.compare(a, b));
      const actual = Math.sign(codeUnitOrder(collationKey(a), collationKey(b)));
      if (expected !== actual && failures.length < 10) {
        failures.push(`${JSON.stringify([a, b])}: collator ${expected}, keys ${actual}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives canonically equivalent spellings the same key', () => {
    for (const text of ['й', 'Й', 'ї', 'Ї', 'ё', 'é', 'Ǻ', 'ệ', 'Å', 'ñ', 'ŀ', 'ḯ']) {
      expect(collationKey(text.normalize('NFD'))).toBe(collationKey(text.normalize('NFC')));
    }
    expect(collationKey('\u212b')).toBe(collationKey('Å')); // ANGSTROM SIGN
    expect(collationKey('и\u0323\u0306')).toBe(collationKey('й\u0323')); // й across a below-mark
    expect(collationKey('l·l')).toBe(collationKey('ŀl'));
  });

  it('keeps keys of table text within U+0001..U+00FF', () => {
    for (const text of [...pool, 'Мар’яна Дем’яненко-Ґалаґан', 'Żółkiewski, Łukasz', 'Weiß № 5']) {
      const key = collationKey(text);
      expect([...key].every((ch) => ch.charCodeAt(0) >= 0x01 && ch.charCodeAt(0) <= 0xff), text).toBe(true);
    }
  });
});

describe('collationKey: edge cases', () => {
  it('keys the empty string first', () => {
    const empty = collationKey('');
    expect(empty).toBe(collationKey(''));
    for (const text of [' ', '\t', '-', '0', 'a', 'А', '中', '😀', '\u0301']) {
      expect(empty < collationKey(text), text).toBe(true);
    }
    expect(collator.compare('', ' ')).toBeLessThan(0);
  });

  it('sorts prefixes first', () => {
    const sorted = ['Ів', 'Іван', 'Іван Петренко', 'Іванна'];
    expect(sortByKey([...sorted].reverse())).toEqual(sorted);
    expect([...sorted].reverse().sort(collator.compare)).toEqual(sorted);
  });

  it('gives unknown scripts deterministic keys after Latin, in code point order', () => {
    const unknown = ['α', 'Ω', 'ά', 'Ա', 'א', 'ع', 'अ', '中', '文', '한', '😀', '👍🏽', '\ud83d', '\udc00x'];
    for (const text of unknown) {
      expect(collationKey(text), text).toBe(collationKey(text));
      expect(collationKey(text) > collationKey('zzz'), text).toBe(true);
      expect(collationKey(text) > collationKey('ʭ'), text).toBe(true); // the last table letter
      expect(collationKey(`Іван ${text}`) > collationKey('Іван Z'), text).toBe(true);
    }
    expect(sortByKey(['中', 'α', '😀', 'Ω', 'Ա'])).toEqual(['Ω', 'α', 'Ա', '中', '😀']);
    // accents on unknown letters are still accents
    expect(collationKey('α') < collationKey('ά') && collationKey('ά') < collationKey('αβ')).toBe(true);
    // default-ignorable code points (variation selectors, joiners) are skipped
    expect(collationKey('❤\ufe0f')).toBe(collationKey('❤'));
    expect(collationKey('Ан\u200bна')).toBe(collationKey('Анна'));
  });

  it('never throws', () => {
    const random = prng(5);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = 0; i < 6; i++) text += String.fromCharCode(Math.floor(random() * 0x10000));
      expect(typeof collationKey(text)).toBe('string');
    }
    expect(collationKey('x'.repeat(100000)).length).toBe(100002);
  });
});
