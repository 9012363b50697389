import { describe, expect, it } from 'vitest';
import { romanizeRu } from './romanize-ru';

describe('romanizeRu (ICAO Doc 9303)', () => {
  it('gives the passport spelling', () => {
    const examples: readonly (readonly [string, string])[] = [
      ['Лысогор', 'Lysogor'], ['Харьков', 'Kharkov'], ['Юрий', 'Iurii'], ['Щукин', 'Shchukin'],
      ['Подъячев', 'Podieiachev'], ['Артём', 'Artem'], ['Александра', 'Aleksandra'],
      ['Терехов', 'Terekhov'], ['Яковлев', 'Iakovlev'], ['Соловьёв', 'Solovev'],
      ['Эдуард', 'Eduard'], ['Цветаева', 'Tsvetaeva'], ['Чайковский', 'Chaikovskii'],
      ['Жуков', 'Zhukov'], ['Наталья', 'Natalia'], ['Объедков', 'Obieedkov'],
      ['Ильин', 'Ilin'], ['Хрущёв', 'Khrushchev'], ['Фёдор', 'Fedor'], ['Быков', 'Bykov'],
      ['Евгений', 'Evgenii'], ['Майя', 'Maiia'], ['Ксения', 'Kseniia'],
    ];
    for (const [cyrillic, latin] of examples) expect(romanizeRu(cyrillic), cyrillic).toBe(latin);
  });

  it('covers the whole alphabet', () => {
    expect(romanizeRu('абвгдеёжзийклмнопрстуфхцчшщъыьэюя')).toBe(
      'abvgdeezhziiklmnoprstufkhtschshshchieyeiuia',
    );
    expect(romanizeRu('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ')).toBe(
      'ABVGDEEZHZIIKLMNOPRSTUFKHTSCHSHSHCHIEYEIUIA',
    );
  });

  it('keeps capitals like the Ukrainian scheme', () => {
    expect(romanizeRu('ЩУКИН')).toBe('SHCHUKIN');
    expect(romanizeRu('Щукин Юрий')).toBe('Shchukin Iurii');
    expect(romanizeRu('ЮРИЙ Щ.')).toBe('IURII Shch.');
    expect(romanizeRu('ИЛЬИН')).toBe('ILIN');
  });

  it('romanizes Ukrainian letters by the same table and leaves the rest alone', () => {
    expect(romanizeRu('Ґалаґан Євгенія Їжакевич')).toBe('Galagan Ievgeniia Izhakevich');
    expect(romanizeRu("Мар'яна, Delbé 7")).toBe("Mar'iana, Delbé 7");
    expect(romanizeRu('Артём'.normalize('NFD'))).toBe('Artem');
  });
});
