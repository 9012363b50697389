import { describe, expect, it } from 'vitest';
import { romanizeUk } from './romanize-uk';

// The examples published with resolution No. 55 of 27 January 2010, letter by letter.
const RESOLUTION_EXAMPLES: readonly (readonly [string, string])[] = [
  ['Алушта', 'Alushta'], ['Андрій', 'Andrii'], ['Борщагівка', 'Borshchahivka'],
  ['Борисенко', 'Borysenko'], ['Вінниця', 'Vinnytsia'], ['Володимир', 'Volodymyr'],
  ['Гадяч', 'Hadiach'], ['Богдан', 'Bohdan'], ['Згурський', 'Zghurskyi'], ['Ґалаґан', 'Galagan'],
  ['Ґорґани', 'Gorgany'], ['Донецьк', 'Donetsk'], ['Дмитро', 'Dmytro'], ['Рівне', 'Rivne'],
  ['Олег', 'Oleh'], ['Есмань', 'Esman'], ['Єнакієве', 'Yenakiieve'], ['Гаєвич', 'Haievych'],
  ["Короп'є", 'Koropie'], ['Житомир', 'Zhytomyr'], ['Жанна', 'Zhanna'], ['Жежелів', 'Zhezheliv'],
  ['Закарпаття', 'Zakarpattia'], ['Казимирчук', 'Kazymyrchuk'], ['Медвин', 'Medvyn'],
  ['Михайленко', 'Mykhailenko'], ['Іванків', 'Ivankiv'], ['Іващенко', 'Ivashchenko'],
  ['Їжакевич', 'Yizhakevych'], ['Кадиївка', 'Kadyivka'], ["Мар'їне", 'Marine'],
  ['Йосипівка', 'Yosypivka'], ['Стрий', 'Stryi'], ['Олексій', 'Oleksii'], ['Київ', 'Kyiv'],
  ['Коваленко', 'Kovalenko'], ['Лебедин', 'Lebedyn'], ['Леонід', 'Leonid'],
  ['Мирогощанка', 'Myrohoshchanka'], ['Ніжин', 'Nizhyn'], ['Наталія', 'Nataliia'],
  ['Одеса', 'Odesa'], ['Онищенко', 'Onyshchenko'], ['Полтава', 'Poltava'], ['Петро', 'Petro'],
  ['Решетилівка', 'Reshetylivka'], ['Рибчинський', 'Rybchynskyi'], ['Суми', 'Sumy'],
  ['Соломія', 'Solomiia'], ['Тернопіль', 'Ternopil'], ['Троць', 'Trots'], ['Ужгород', 'Uzhhorod'],
  ['Уляна', 'Uliana'], ['Фастів', 'Fastiv'], ['Філіпчук', 'Filipchuk'], ['Харків', 'Kharkiv'],
  ['Христина', 'Khrystyna'], ['Біла Церква', 'Bila Tserkva'], ['Стеценко', 'Stetsenko'],
  ['Чернівці', 'Chernivtsi'], ['Шевченко', 'Shevchenko'], ['Шостка', 'Shostka'],
  ['Кишеньки', 'Kyshenky'], ['Щербухи', 'Shcherbukhy'], ['Гоща', 'Hoshcha'],
  ['Гаращенко', 'Harashchenko'], ['Юрій', 'Yurii'], ['Корюківка', 'Koriukivka'],
  ['Яготин', 'Yahotyn'], ['Ярошенко', 'Yaroshenko'], ['Костянтин', 'Kostiantyn'],
  ["Знам'янка", 'Znamianka'], ['Феодосія', 'Feodosiia'],
];

const OUR_PEOPLE: readonly (readonly [string, string])[] = [
  ['Лисогор', 'Lysohor'], ['Герелюк', 'Hereliuk'], ['Терехов', 'Terekhov'],
  ['Запоріжжя', 'Zaporizhzhia'], ['Луганськ', 'Luhansk'],
];

describe('romanizeUk', () => {
  it('gives the examples of resolution No. 55', () => {
    for (const [cyrillic, latin] of RESOLUTION_EXAMPLES) expect(romanizeUk(cyrillic), cyrillic).toBe(latin);
  });

  it('gives the spelling our contacts use', () => {
    for (const [cyrillic, latin] of OUR_PEOPLE) expect(romanizeUk(cyrillic), cyrillic).toBe(latin);
  });

  it('writes "зг" as "zgh" in any case', () => {
    expect(romanizeUk('Згорани')).toBe('Zghorany');
    expect(romanizeUk('Розгон')).toBe('Rozghon');
    expect(romanizeUk('ЗГОРАНИ')).toBe('ZGHORANY');
    expect(romanizeUk('Сгорани')).toBe('Shorany'); // the rule is for з only
  });

  it('keeps capitals: title case in a word, all capitals in a capitalized word', () => {
    expect(romanizeUk('ЩУКА')).toBe('SHCHUKA');
    expect(romanizeUk('ЄВА')).toBe('YEVA');
    expect(romanizeUk('Єва')).toBe('Yeva');
    expect(romanizeUk('ШЕВЧЕНКО Тарас')).toBe('SHEVCHENKO Taras');
    expect(romanizeUk('ЮЩЕНКО')).toBe('YUSHCHENKO');
    expect(romanizeUk('ДЖ')).toBe('DZH'); // a capital at the end of a word looks back
    expect(romanizeUk('Ю. Щ.')).toBe('Yu. Shch.'); // initials
    expect(romanizeUk('Мар’ЯНА')).toBe('MarIANA');
  });

  it('starts a word after spaces, hyphens and punctuation, not after an apostrophe', () => {
    expect(romanizeUk('Івано-Франківськ')).toBe('Ivano-Frankivsk');
    expect(romanizeUk('Юрій Ющенко')).toBe('Yurii Yushchenko');
    expect(romanizeUk('Олена-Ярина')).toBe('Olena-Yaryna');
    expect(romanizeUk('(Яготин)')).toBe('(Yahotyn)');
    expect(romanizeUk('«Їжак»')).toBe('«Yizhak»');
    expect(romanizeUk("В'ячеслав")).toBe('Viacheslav');
    expect(romanizeUk('Мар’яна Марʼяна Мар`яна')).toBe('Mariana Mariana Mariana');
  });

  it('drops the soft sign, also as a capital', () => {
    expect(romanizeUk('Гальченко')).toBe('Halchenko');
    expect(romanizeUk('ЛЬВІВ')).toBe('LVIV');
  });

  it('leaves non-Ukrainian characters and quotes alone', () => {
    expect(romanizeUk('Delbé, 12 rue de l’Église')).toBe('Delbé, 12 rue de l’Église');
    expect(romanizeUk("'Київ'")).toBe("'Kyiv'");
    expect(romanizeUk('Лысёв')).toBe('Lыsёv'); // Russian letters are not part of this scheme
    expect(romanizeUk('')).toBe('');
  });

  it('reads decomposed й and ї', () => {
    expect(romanizeUk('Андрій'.normalize('NFD'))).toBe('Andrii');
    expect(romanizeUk('Їжак'.normalize('NFD'))).toBe('Yizhak');
  });
});
