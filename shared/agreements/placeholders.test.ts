import { describe, expect, it } from 'vitest';
import { KALUSH, kalushMemorandum, KURTIEV, NAIDA, RECORDS } from './agreement-test-records';
import {
  availablePlaceholders,
  findPlaceholders,
  isKnownPlaceholder,
  resolvedPlainText,
  resolveText,
  type PlaceholderContext,
} from './placeholders';

const context = (agreement = kalushMemorandum(['uk', 'en', 'fr'])): PlaceholderContext => ({ agreement, ...RECORDS });
const plain = (text: string, lang: string, ctx = context()) =>
  resolvedPlainText(resolveText(text, lang, ctx), (placeholder) => `[${placeholder}]`);

describe('findPlaceholders', () => {
  it('lists each path once, in order, allowing spaces inside the braces', () => {
    expect(findPlaceholders('{{party.A.name}} і {{ party.B.name }}, знову {{party.A.name}}; {not} {{}}')).toEqual([
      'party.A.name',
      'party.B.name',
      '',
    ]);
  });

  it('knows the documented paths and nothing else', () => {
    for (const path of ['party.A.name', 'party.C.city', 'party.B.signatory.position', 'party.A.signatory2.name', 'signing.date']) {
      expect(isKnownPlaceholder(path), path).toBe(true);
    }
    for (const path of ['party.a.name', 'party.A.phone', 'party.A.signatory0.name', 'signing.time', '']) {
      expect(isKnownPlaceholder(path), path).toBe(false);
    }
  });
});

describe('resolveText', () => {
  const text = '{{party.A.name}} (представник — {{party.A.signatory.position}} {{party.A.signatory.name}}) та {{party.B.name}}';

  it('resolves parties and signatories in Ukrainian from the records', () => {
    expect(plain(text, 'uk')).toBe(
      'Калуська міська рада (представник — Калуський міський голова Андрій Найда) та Запорізька міська рада',
    );
  });

  it('resolves them in English', () => {
    expect(plain('{{party.A.name}}, represented by {{party.A.signatory.name}}, {{party.A.signatory.position}}', 'en')).toBe(
      'Kalush City Council, represented by Andrii Naida, Mayor of Kalush',
    );
    expect(plain('{{party.B.signatory.name}}, {{party.B.signatory.position}}', 'en')).toBe(
      'Anatolii Kurtiev, Secretary of Zaporizhzhia City Council',
    );
  });

  it('marks what has no French value as missing, but spells a person’s name in Latin letters', () => {
    const segments = resolveText('{{party.A.name}} — {{party.A.signatory.name}}, {{party.A.signatory.position}}', 'fr', context());
    expect(segments).toEqual([
      { kind: 'missing', placeholder: 'party.A.name' },
      { kind: 'text', text: ' — ' },
      { kind: 'value', placeholder: 'party.A.signatory.name', text: 'Andrii Naida' },
      { kind: 'text', text: ', ' },
      { kind: 'missing', placeholder: 'party.A.signatory.position' },
    ]);
  });

  it('uses the overrides typed into the agreement first', () => {
    const agreement = kalushMemorandum(['uk', 'en', 'fr']);
    agreement.parties[0]!.name = { fr: 'Conseil municipal de Kalouch' };
    agreement.parties[0]!.signatories[0]!.position = { fr: 'Maire de Kalouch', uk: 'Міський голова' };
    const ctx = context(agreement);
    expect(plain('{{party.A.name}}, {{party.A.signatory.position}}', 'fr', ctx)).toBe('Conseil municipal de Kalouch, Maire de Kalouch');
    expect(plain('{{party.A.signatory.position}}', 'uk', ctx)).toBe('Міський голова');
  });

  it('takes a Latin nameOriginal for a Latin-script language, never a Cyrillic one', () => {
    const lille = { ...KALUSH, id: KALUSH.id, name: { uk: 'Місто Лілль', ru: '', en: '' }, nameOriginal: 'Ville de Lille' };
    const ctx: PlaceholderContext = { ...context(), organizations: new Map([[KALUSH.id, lille]]) };
    expect(plain('{{party.A.name}}', 'fr', ctx)).toBe('Ville de Lille');
    expect(plain('{{party.A.name}}', 'en', ctx)).toBe('Ville de Lille');
    expect(plain('{{party.A.name}}', 'ru', ctx)).toBe('[party.A.name]');
    expect(plain('{{party.A.name}}', 'fr')).toBe('[party.A.name]');
  });

  it('does not borrow another language for Ukrainian', () => {
    const englishOnly = { ...NAIDA, givenName: { uk: '', ru: '', en: 'Andrii' }, familyName: { uk: '', ru: '', en: 'Naida' }, nameOriginal: '' };
    const ctx: PlaceholderContext = { ...context(), contacts: new Map([[NAIDA.id, englishOnly], [KURTIEV.id, KURTIEV]]) };
    expect(plain('{{party.A.signatory.name}}', 'uk', ctx)).toBe('[party.A.signatory.name]');
    expect(plain('{{party.A.signatory.name}}', 'en', ctx)).toBe('Andrii Naida');
  });

  it('resolves cities, place, date, title and languages per language', () => {
    expect(plain('{{party.A.city}} — {{party.B.city}}', 'uk')).toBe('Калуш — Запоріжжя');
    expect(plain('{{party.B.city}}', 'en')).toBe('Zaporizhzhia');
    expect(plain('{{signing.place}}, {{signing.date}}', 'uk')).toBe('Калуш, 12 квітня 2023 р.');
    expect(plain('{{signing.place}}, {{signing.date}}', 'en')).toBe('Kalush, 12 April 2023');
    expect(plain('{{signing.date}}', 'fr')).toBe('12 avril 2023');
    expect(plain('{{signing.place}}', 'fr')).toBe('[signing.place]');
    expect(plain('{{agreement.title}}', 'en')).toBe('Memorandum of Cooperation');
    expect(plain('кожен {{agreement.languages}} мовами', 'uk')).toBe('кожен українською, англійською та французькою мовами');
    expect(plain('in the {{agreement.languages}} languages', 'en')).toBe('in the Ukrainian, English and French languages');
  });

  it('words the languages for the Russian clause in the prepositional case', () => {
    const ctx = context(kalushMemorandum(['uk', 'ru']));
    expect(plain('на {{agreement.languages}} языках', 'ru', ctx)).toBe('на украинском и русском языках');
  });

  it('reports missing parties and signatories, and unknown paths', () => {
    const segments = resolveText('{{party.C.name}} {{party.A.signatory2.name}} {{party.A.fax}}', 'uk', context());
    expect(segments.filter((s) => s.kind !== 'text')).toEqual([
      { kind: 'missing', placeholder: 'party.C.name' },
      { kind: 'missing', placeholder: 'party.A.signatory2.name' },
      { kind: 'unknown', placeholder: 'party.A.fax' },
    ]);
  });

  it('leaves text without placeholders as one segment, and an empty text as none', () => {
    expect(resolveText('Сторони домовилися.', 'uk', context())).toEqual([{ kind: 'text', text: 'Сторони домовилися.' }]);
    expect(resolveText('', 'uk', context())).toEqual([]);
  });
});

describe('availablePlaceholders', () => {
  it('offers the paths this agreement can fill', () => {
    const paths = availablePlaceholders(kalushMemorandum().parties);
    expect(paths).toContain('party.B.signatory.position');
    expect(paths).not.toContain('party.C.name');
    for (const path of paths) expect(isKnownPlaceholder(path), path).toBe(true);
  });
});
