import { describe, expect, it } from 'vitest';
import type { Clause } from '../domain/agreement';
import { compareContents, diffText, type DiffPart } from './agreement-diff';
import { kalushMemorandum, testClause } from './agreement-test-records';

const added = (parts: DiffPart[]) => parts.filter((p) => p.added).map((p) => p.value.trim());
const removed = (parts: DiffPart[]) => parts.filter((p) => p.removed).map((p) => p.value.trim());
const newerSide = (parts: DiffPart[]) => parts.filter((p) => !p.removed).map((p) => p.value).join('');
const olderSide = (parts: DiffPart[]) => parts.filter((p) => !p.added).map((p) => p.value).join('');

describe('diffText', () => {
  it('marks exactly the changed Ukrainian words, not letters', () => {
    const older = 'Сторони співпрацюють у сфері енергоефективності.';
    const newer = 'Сторони тісно співпрацюють у сфері зеленої енергетики.';
    const parts = diffText(older, newer, 'uk');
    expect(added(parts)).toEqual(['тісно', 'зеленої енергетики']);
    expect(removed(parts)).toEqual(['енергоефективності']);
    expect(olderSide(parts)).toBe(older);
    expect(newerSide(parts)).toBe(newer);
  });

  it('marks exactly the changed English words', () => {
    const parts = diffText('concluded for a period of five years', 'concluded for a period of three years', 'en');
    expect(removed(parts)).toEqual(['five']);
    expect(added(parts)).toEqual(['three']);
  });

  it('treats whole texts appearing or disappearing as one part, and equal texts as unchanged', () => {
    expect(diffText('', 'Новий текст.', 'uk')).toEqual([{ value: 'Новий текст.', added: true, removed: false }]);
    expect(diffText('Старий текст.', '', 'uk')).toEqual([{ value: 'Старий текст.', added: false, removed: true }]);
    expect(diffText('Той самий.', 'Той самий.', 'uk')).toEqual([{ value: 'Той самий.', added: false, removed: false }]);
    expect(diffText('', '', 'uk')).toEqual([]);
  });
});

describe('compareContents', () => {
  const preamble = testClause('preamble', { uk: 'Сторони домовилися про таке:', en: 'The Parties have agreed as follows:' });
  const purpose = testClause('section', { uk: 'Мета співпраці.', en: 'Purpose of cooperation.' });
  const energy = testClause('subclause', { uk: 'Енергоефективність.', en: 'Energy efficiency.' });
  const duration = testClause('section', { uk: 'Строком на п’ять років.', en: 'For a period of five years.' });
  const older = kalushMemorandum(['uk', 'en'], [preamble, purpose, energy, duration]);

  const edit = (clause: Clause, text: Record<string, string>): Clause => ({ ...clause, text: { ...clause.text, ...text } });

  it('compares clause by clause and language by language', () => {
    const newer = kalushMemorandum(['uk', 'en'], [preamble, purpose, energy, edit(duration, { en: 'For a period of three years.' })]);
    const comparison = compareContents(older, newer);
    expect(comparison.languages).toEqual(['uk', 'en']);
    expect(comparison.clauses.map((c) => c.change)).toEqual(['unchanged', 'unchanged', 'unchanged', 'changed']);
    expect(comparison.changedCount).toBe(1);
    const changed = comparison.clauses[3]!;
    expect(changed.changedLanguages).toEqual(['en']);
    expect(removed(changed.text.en!)).toEqual(['five']);
    expect(added(changed.text.en!)).toEqual(['three']);
    expect(added(changed.text.uk!)).toEqual([]);
    expect([changed.numberOlder, changed.numberNewer]).toEqual(['2.', '2.']);
  });

  it('follows the newer order, with a removed clause after the one it followed', () => {
    const green = testClause('subclause', { uk: 'Зелена енергетика.', en: 'Green energy.' });
    const newer = kalushMemorandum(['uk', 'en'], [preamble, purpose, green, duration]);
    const comparison = compareContents(older, newer);
    expect(comparison.clauses.map((c) => [c.clauseId, c.change])).toEqual([
      [preamble.id, 'unchanged'],
      [purpose.id, 'unchanged'],
      [energy.id, 'removed'],
      [green.id, 'added'],
      [duration.id, 'unchanged'],
    ]);
    const gone = comparison.clauses[2]!;
    expect([gone.numberOlder, gone.numberNewer]).toEqual(['1.1.', '']);
    expect(gone.text.uk).toEqual([{ value: 'Енергоефективність.', added: false, removed: true }]);
    expect(comparison.clauses[3]!.numberNewer).toBe('1.1.');
    expect(comparison.changedCount).toBe(2);
  });

  it('puts a removed first clause first, and counts a moved clause as unchanged with both numbers', () => {
    const newer = kalushMemorandum(['uk', 'en'], [duration, purpose, energy]);
    const comparison = compareContents(older, newer);
    expect(comparison.clauses.map((c) => c.clauseId)).toEqual([preamble.id, duration.id, purpose.id, energy.id]);
    const moved = comparison.clauses[1]!;
    expect(moved.change).toBe('unchanged');
    expect([moved.numberOlder, moved.numberNewer]).toEqual(['2.', '1.']);
  });

  it('counts a change of kind as a change', () => {
    const newer = kalushMemorandum(['uk', 'en'], [preamble, purpose, { ...energy, kind: 'section' }, duration]);
    expect(compareContents(older, newer).clauses[2]!.change).toBe('changed');
  });

  it('takes the languages of both versions, the newer’s order first', () => {
    const french = kalushMemorandum(['uk', 'fr'], [edit(preamble, { fr: 'Les Parties sont convenues de ce qui suit :' })]);
    const comparison = compareContents(older, french);
    expect(comparison.languages).toEqual(['uk', 'fr', 'en']);
    const first = comparison.clauses[0]!;
    expect(first.changedLanguages).toEqual(['fr']);
    expect(first.text.en).toEqual([{ value: 'The Parties have agreed as follows:', added: false, removed: false }]);
  });

  it('compares titles word by word', () => {
    const newer = { ...older, title: { uk: 'Меморандум про партнерство', en: 'Memorandum of Cooperation' } };
    const comparison = compareContents(older, newer);
    expect(removed(comparison.title.uk!)).toEqual(['співпрацю']);
    expect(added(comparison.title.uk!)).toEqual(['партнерство']);
    expect(added(comparison.title.en!)).toEqual([]);
    expect(comparison.changedCount).toBe(0);
  });
});
