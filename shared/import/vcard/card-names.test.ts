import { describe, expect, it } from 'vitest';
import { namesOf } from './card-names';
import { parsePropertyLine, type VcardProperty } from './property-line';

const props = (...lines: string[]): VcardProperty[] => lines.map((line) => parsePropertyLine(line)!);

describe('namesOf', () => {
  it('puts Cyrillic without a LANGUAGE in uk, or in ru when it has a Russian-only letter, and Latin in en', () => {
    expect(namesOf(props('N:Лисогор;Артем;;;'), '')).toMatchObject({ givenName: { uk: 'Артем' }, familyName: { uk: 'Лисогор' } });
    expect(namesOf(props('N:Рыбаков;Эдуард;;;'), '')).toMatchObject({ givenName: { ru: 'Эдуард', uk: '' }, familyName: { ru: 'Рыбаков' } });
    expect(namesOf(props('N:Lysohor;Artem;;;'), '')).toMatchObject({ givenName: { en: 'Artem', uk: '' }, nameOriginal: 'Artem Lysohor' });
  });

  it('maps vCard 4.0 names by LANGUAGE (tied by ALTID), N over FN in each spelling', () => {
    const names = namesOf(
      props(
        'FN;ALTID=1;LANGUAGE=uk:Ігор Терехов',
        'FN;ALTID=1;LANGUAGE=ru:Игорь Терехов',
        'FN;ALTID=1;LANGUAGE=en:Ihor Terekhov',
        'N;ALTID=2;LANGUAGE=uk:Терехов;Ігор;Олександрович;пан;',
        'N;ALTID=2;LANGUAGE=en:Terekhov;Ihor;;Mr;',
      ),
      '',
    );
    expect(names).toEqual({
      givenName: { uk: 'Ігор', ru: 'Игорь', en: 'Ihor' },
      familyName: { uk: 'Терехов', ru: 'Терехов', en: 'Terekhov' },
      honorific: { uk: 'пан', ru: '', en: 'Mr' },
      nameOriginal: 'Ігор Терехов',
    });
  });

  it('believes a declared LANGUAGE only where the script agrees (Outlook writes en-us on every name)', () => {
    expect(namesOf(props('N;LANGUAGE=en-us:Лисогор;Артем;;;'), '').givenName).toEqual({ uk: 'Артем', ru: '', en: '' });
    expect(namesOf(props('N;LANGUAGE=ru:Лисогор;Артем;;;'), '').givenName).toEqual({ uk: '', ru: 'Артем', en: '' });
    expect(namesOf(props('FN;LANGUAGE=fr:Juliette Delbe'), '').givenName).toEqual({ uk: '', ru: '', en: 'Juliette' });
  });

  it('splits an FN without N given name(s) first, a single word being a given name', () => {
    expect(namesOf(props('FN:Jean Marc Ayrault'), '')).toMatchObject({ givenName: { en: 'Jean Marc' }, familyName: { en: 'Ayrault' } });
    expect(namesOf(props('FN:Артем'), '')).toMatchObject({ givenName: { uk: 'Артем' }, familyName: { uk: '' } });
  });

  it('does not take a company card\'s FN for a person\'s name', () => {
    const empty = { uk: '', ru: '', en: '' };
    expect(namesOf(props('N:;;;;', 'FN:Région Hauts-de-France'), 'Région Hauts-de-France')).toMatchObject({ givenName: empty, nameOriginal: '' });
    expect(namesOf(props('FN:IBM Europe', 'X-ABShowAs:COMPANY'), 'IBM')).toMatchObject({ givenName: empty, nameOriginal: '' });
  });

  it('cuts a name to the 200 characters the schema takes', () => {
    const names = namesOf(props(`N:${'Д'.repeat(300)};Артем;;;`), '');
    expect(names.familyName.uk).toHaveLength(200);
    expect(names.nameOriginal.length).toBeLessThanOrEqual(200);
  });
});
