import { describe, expect, it } from 'vitest';
import { createQuickFilter, quickFilterText } from './quick-filter';

const row = quickFilterText(['Артем', 'Лисогор', 'Секретар міської ради', 'artem.lysohor@example.org', '+380 67 123 45 67']);
const matches = (query: string) => createQuickFilter(query)?.(row);

describe('createQuickFilter', () => {
  it('matches folded text anywhere, so parts of e-mails and phones find their row', () => {
    expect(matches('лисо')).toBe(true);
    expect(matches('example')).toBe(true);
    expect(matches('123 45')).toBe(true);
  });

  it('matches another script through the match keys, and the wrong layout', () => {
    expect(matches('Лысогор')).toBe(true);
    expect(matches('LISOGOR')).toBe(true);
    expect(matches('kbcjujh')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matches('секретар артем')).toBe(true);
    expect(matches('секретар шевченко')).toBe(false);
  });

  it('does not let a query word match inside a match key', () => {
    expect(matches('sokh')).toBe(false); // inside "lisokhor", not at its start
  });

  it('does not stretch a short query into the start of longer words', () => {
    const kyivCity = quickFilterText(['Олександра', 'Герелюк', 'Радниця з питань експорту', 'Київ']);
    const head = quickFilterText(['Жюльєт', 'Дельб', 'Керівниця департаменту міжнародних зв’язків', 'Лілль']);
    expect(createQuickFilter('Київ')?.(kyivCity)).toBe(true);
    expect(createQuickFilter('Киев')?.(kyivCity)).toBe(true);
    expect(createQuickFilter('Київ')?.(head)).toBe(false);
  });

  it('is null for an empty query', () => {
    expect(createQuickFilter('  ')).toBeNull();
  });
});
