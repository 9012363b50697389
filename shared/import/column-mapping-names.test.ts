import { describe, expect, it } from 'vitest';
import { namesOfRow, splitFullName } from './column-mapping-names';

describe('splitFullName', () => {
  it('reads Latin names given name first', () => {
    expect(splitFullName('Juliette Delbe')).toEqual({ given: 'Juliette', family: 'Delbe' });
    expect(splitFullName('  Jean   Pierre  Raffarin ')).toEqual({ given: 'Jean Pierre', family: 'Raffarin' });
  });

  it('reads Cyrillic names family name first, as official Ukrainian lists write them', () => {
    expect(splitFullName('Лисогор Артем')).toEqual({ given: 'Артем', family: 'Лисогор' });
    expect(splitFullName('Лисогор Артем Іванович')).toEqual({ given: 'Артем', family: 'Лисогор' });
    expect(splitFullName('Лысогор Артём Иванович')).toEqual({ given: 'Артём', family: 'Лысогор' });
    expect(splitFullName('Терехов Ігор')).toEqual({ given: 'Ігор', family: 'Терехов' });
  });

  it('reads two Cyrillic words given name first only when the second alone looks like a family name', () => {
    expect(splitFullName('Олександра Герелюк')).toEqual({ given: 'Олександра', family: 'Герелюк' });
    expect(splitFullName('Андрій Шевченко')).toEqual({ given: 'Андрій', family: 'Шевченко' });
    expect(splitFullName('Шевченко Андрій')).toEqual({ given: 'Андрій', family: 'Шевченко' });
  });

  it('takes one word as a family name', () => {
    expect(splitFullName('Delbe')).toEqual({ given: '', family: 'Delbe' });
    expect(splitFullName('  ')).toEqual({ given: '', family: '' });
  });
});

describe('namesOfRow', () => {
  it('puts each spelling under its language, keeping one person in one Cyrillic language', () => {
    expect(namesOfRow(['Артем'], ['Лисогор'], [])).toMatchObject({
      givenName: { uk: 'Артем', ru: '', en: '' },
      familyName: { uk: 'Лисогор', ru: '', en: '' },
    });
    // ё marks the whole name Russian, not only the given name.
    expect(namesOfRow(['Артём'], ['Лисогор'], [])).toMatchObject({ givenName: { ru: 'Артём' }, familyName: { ru: 'Лисогор', uk: '' } });
    expect(namesOfRow(['Artem', 'Артем'], ['Lysohor', 'Лисогор'], [])).toMatchObject({
      givenName: { uk: 'Артем', en: 'Artem' },
      familyName: { uk: 'Лисогор', en: 'Lysohor' },
    });
  });

  it('fills a language from a full name only where the name columns left it empty, and keeps a Latin one as written', () => {
    expect(namesOfRow(['Juliette'], ['Delbe'], ['Дельб Жюльєт', 'Juliette  DELBE'])).toEqual({
      givenName: { uk: 'Жюльєт', ru: '', en: 'Juliette' },
      familyName: { uk: 'Дельб', ru: '', en: 'Delbe' },
      nameOriginal: 'Juliette DELBE',
    });
  });
});
