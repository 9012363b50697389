import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '#shared/domain/lang';
import { NAMESPACES, resources } from './resources';
import { createI18n } from './i18n';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)('locale namespace %s', (ns) => {
  const flat = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, flatten(resources[lang][ns] as Tree)]));

  it('has the same keys in uk, ru and en (plural forms aside)', () => {
    const bases = (lang: string) => [...new Set([...flat[lang]!.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')))].sort();
    expect(bases('uk')).toEqual(bases('en'));
    expect(bases('ru')).toEqual(bases('en'));
  });

  it('has every plural form each language needs', () => {
    for (const lang of UI_LANGUAGES) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const pluralBases = new Set([...flat[lang]!.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
      for (const base of pluralBases) {
        for (const category of categories) expect(flat[lang]!.has(`${base}_${category}`), `${lang} ${base}_${category}`).toBe(true);
      }
    }
  });

  it('uses the same interpolation variables in every language', () => {
    for (const [key, english] of flat.en!) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const lang of ['uk', 'ru']) {
        const translation = flat[lang]!.get(key) ?? flat[lang]!.get(`${base}_other`);
        expect(translation, `${lang}: ${key}`).toBeDefined();
        expect(variables(translation ?? ''), `${lang}: ${key}`).toEqual(variables(english));
      }
    }
  });

  it('leaves no string empty', () => {
    for (const lang of UI_LANGUAGES) for (const [key, value] of flat[lang]!) expect(value.trim(), `${lang}: ${key}`).not.toBe('');
  });
});

describe('plural forms and numbers in the UI language', () => {
  it('declines counts in Ukrainian', async () => {
    const i18n = await createI18n('uk');
    const count = (n: number) => i18n.t('count', { ns: 'contacts', count: n });
    expect([1, 2, 5, 21, 22, 25, 11].map(count)).toEqual([
      '1 контакт',
      '2 контакти',
      '5 контактів',
      '21 контакт',
      '22 контакти',
      '25 контактів',
      '11 контактів',
    ]);
  });

  it('declines counts in Russian', async () => {
    const i18n = await createI18n('ru');
    const count = (n: number) => i18n.t('count', { ns: 'contacts', count: n });
    expect([1, 2, 5, 21].map(count)).toEqual(['1 контакт', '2 контакта', '5 контактов', '21 контакт']);
  });

  it('formats numbers with the language’s digit grouping', async () => {
    const uk = await createI18n('uk');
    const en = await createI18n('en');
    expect(uk.t('count', { ns: 'contacts', count: 100000 })).toBe(`${new Intl.NumberFormat('uk-UA').format(100000)} контактів`);
    expect(en.t('count', { ns: 'contacts', count: 100000 })).toBe('100,000 contacts');
  });
});
