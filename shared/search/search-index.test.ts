import { beforeEach, describe, expect, it } from 'vitest';
import { contactSearchProvider } from './contact-search-provider';
import { organizationNameSpellings, organizationSearchProvider } from './organization-search-provider';
import { SearchIndex } from './search-index';
import type { SearchContext } from './search-provider';
import { testContact, testOrganization, text } from './search-test-records';

const kharkivCouncil = testOrganization('org-kharkiv', {
  // Only the Ukrainian name: "Харьков" must reach it through the match key.
  name: text('Харківська міська рада'),
  kind: 'cityCouncil',
});
const ministry = testOrganization('org-mfa', { name: text('Міністерство закордонних справ', '', 'Ministry of Foreign Affairs') });
const organizations = new Map([kharkivCouncil, ministry].map((org) => [org.id, organizationNameSpellings(org)]));
const context: SearchContext = { organizationNames: (id) => organizations.get(id) ?? [] };

const lysohor = testContact('lysohor', {
  givenName: text('Артем'),
  familyName: text('Лисогор'),
  position: text('Секретар міської ради', 'Секретарь городского совета', 'Secretary of the City Council'),
  organizationId: kharkivCouncil.id,
});
const terekhov = testContact('terekhov', { givenName: text('Ігор', 'Игорь', 'Ihor'), familyName: text('Терехов', 'Терехов', 'Terekhov') });
const terekov = testContact('terekov', { givenName: text('', '', 'Ivan'), familyName: text('', '', 'Terekov') });
const delbe = testContact('delbe', { nameOriginal: 'Juliette Delbé', position: text('Посол', 'Посол', 'Ambassador') });
const withNote = testContact('note', { familyName: text('Коваль'), notes: 'Познайомилися з паном Лисогором на форумі.' });

let index: SearchIndex;
const search = (query: string, limit?: number) => index.search(query, { limit });
const ids = (query: string) => search(query).map((hit) => hit.id);

beforeEach(() => {
  index = new SearchIndex();
  for (const org of [kharkivCouncil, ministry]) index.add(organizationSearchProvider.toDocument(org, context));
  for (const contact of [lysohor, terekhov, terekov, delbe, withNote]) index.add(contactSearchProvider.toDocument(contact, context));
});

describe('SearchIndex: the cases from the issue', () => {
  it('puts a record found by its name before one found by its city in the same tier', () => {
    const inKharkiv = testContact('in-kharkiv', { familyName: text('Петренко'), city: text('Харків', 'Харьков', 'Kharkiv') });
    const council = testOrganization('council-with-city', { name: text('Харківська міська рада'), city: text('Харків', 'Харьков', 'Kharkiv') });
    index.add(contactSearchProvider.toDocument(inKharkiv, context));
    index.add(organizationSearchProvider.toDocument(council, context));
    const found = ids('Харьков');
    expect(found.indexOf('council-with-city')).toBeLessThan(found.indexOf('in-kharkiv'));
  });

  it('finds "Лисогор Артем" by every spelling of the name', () => {
    expect(search('Lysohor')[0]).toMatchObject({ id: 'lysohor', match: 'exact', field: 'names', wrongLayout: false });
    expect(search('лысогор')[0]).toMatchObject({ id: 'lysohor', match: 'crossScript', field: 'names' });
    expect(search('LISOGOR')[0]).toMatchObject({ id: 'lysohor', match: 'crossScript', field: 'names' });
    expect(search('Лисогор Артем')[0]).toMatchObject({ id: 'lysohor', match: 'exact' });
  });

  it('tries a query typed in the wrong keyboard layout, and marks the hit', () => {
    expect(search('kbcjujh')[0]).toMatchObject({ id: 'lysohor', match: 'exact', wrongLayout: true });
  });

  it('finds the Kharkiv city council by the Russian spelling of the city', () => {
    const hit = search('Харьков').find((h) => h.type === 'organization');
    expect(hit).toMatchObject({ id: 'org-kharkiv', match: 'crossScript', field: 'names' });
    // ...and its secretary, by where he works, below it.
    expect(ids('Харьков')).toEqual(['org-kharkiv', 'lysohor']);
    expect(search('Харьков')[1]).toMatchObject({ field: 'organization' });
  });

  it('ignores Latin accents: Delbé = Delbe', () => {
    expect(search('Delbe')[0]).toMatchObject({ id: 'delbe', match: 'exact' });
    expect(search('DELBÉ')[0]).toMatchObject({ id: 'delbe', match: 'exact' });
  });

  it('matches prefixes as you type', () => {
    expect(search('Tere').map((hit) => [hit.id, hit.match])).toEqual([
      ['terekov', 'prefix'], // the shorter completion first
      ['terekhov', 'prefix'],
    ]);
    expect(search('Тер')[0]).toMatchObject({ id: 'terekhov', match: 'prefix' });
    // "Tereh" is no prefix of any spelling (Terekhov), but its match key is.
    expect(search('Tereh')[0]).toMatchObject({ id: 'terekhov', match: 'crossScript' });
  });

  it('tolerates a typo in a word of 4+ letters, ranked below an exact match', () => {
    const hits = search('Terekov');
    expect(hits.map((hit) => [hit.id, hit.match])).toEqual([
      ['terekov', 'exact'],
      ['terekhov', 'fuzzy'],
    ]);
    expect(search('Terekhov').map((hit) => [hit.id, hit.match])).toEqual([
      ['terekhov', 'exact'],
      ['terekov', 'fuzzy'],
    ]);
    expect(search('Lysoher')[0]).toMatchObject({ id: 'lysohor', match: 'fuzzy' });
    expect(ids('Tre')).not.toContain('terekhov'); // no typos under 4 letters
  });

  it('answers queries of one and two letters', () => {
    expect(ids('л')).toContain('lysohor');
    expect(ids('Ly')).toContain('lysohor');
    expect(ids('т')).toEqual(expect.arrayContaining(['terekhov']));
  });

  it('ranks names above positions above notes', () => {
    const hits = search('Лисогор');
    expect(hits.map((hit) => [hit.id, hit.field])).toEqual([
      ['lysohor', 'names'],
      ['note', 'notes'],
    ]);
    expect(search('Посол')[0]).toMatchObject({ id: 'delbe', field: 'positions', match: 'exact' });
  });

  it('needs every word of the query, each in any field', () => {
    expect(ids('Артем секретар')).toEqual(['lysohor']);
    expect(search('Артем секретар')[0]).toMatchObject({ field: 'positions', match: 'exact' });
    expect(ids('Артем посол')).toEqual([]);
  });

  it('keeps to the limit and the types asked for', () => {
    expect(search('т', 1)).toHaveLength(1);
    expect(index.search('Харьков', { types: ['contact'] }).map((hit) => hit.id)).toEqual(['lysohor']);
    expect(search('   ')).toEqual([]);
  });
});

describe('SearchIndex: updates', () => {
  it('replaces a document in place', () => {
    index.add(contactSearchProvider.toDocument({ ...terekhov, familyName: text('Шевченко') }, context));
    expect(ids('Терехов')).not.toContain('terekhov');
    expect(ids('Шевченко')).toEqual(['terekhov']);
    expect(index.size).toBe(7);
  });

  it('removes a document and the words only it held', () => {
    expect(index.remove('contact', 'delbe')).toBe(true);
    expect(index.remove('contact', 'delbe')).toBe(false);
    expect(ids('Delbe')).toEqual([]);
    expect(ids('Ambassador')).toEqual([]);
    expect(index.has('contact', 'delbe')).toBe(false);
  });

  it('shares one entry between documents with the same field, and keeps it while one is left', () => {
    const twin = testContact('twin', { familyName: text('Інший'), position: delbe.position });
    index.add(contactSearchProvider.toDocument(twin, context));
    const entriesWithTwin = index.entryCount;
    index.remove('contact', 'delbe');
    expect(index.entryCount).toBe(entriesWithTwin - 1); // her name went, the shared position stayed
    expect(ids('Ambassador')).toEqual(['twin']);
  });
});

describe('SearchIndex.addAll', () => {
  it('builds the same index as adding one by one, replacements within the batch included', () => {
    const bulk = new SearchIndex();
    const renamed = contactSearchProvider.toDocument({ ...terekhov, familyName: text('Шевченко') }, context);
    bulk.addAll([
      ...[lysohor, terekhov, terekov, delbe, withNote].map((contact) => contactSearchProvider.toDocument(contact, context)),
      renamed,
    ]);
    bulk.add(contactSearchProvider.toDocument(delbe, context));
    expect(bulk.size).toBe(5);
    expect(bulk.search('Терехов').map((hit) => hit.id)).not.toContain('terekhov');
    expect(bulk.search('Шевченко').map((hit) => hit.id)).toEqual(['terekhov']);
    expect(bulk.search('kbcjujh')[0]).toMatchObject({ id: 'lysohor', wrongLayout: true });
    expect(bulk.search('Terekov').map((hit) => hit.id)).toEqual(['terekov']);
  });
});

describe('SearchIndex.batch', () => {
  it('applies adds, replacements and removals over an existing index as one bulk load', () => {
    const index = new SearchIndex();
    index.addAll([lysohor, terekhov, delbe].map((contact) => contactSearchProvider.toDocument(contact, context)));
    index.batch(() => {
      index.add(contactSearchProvider.toDocument(terekov, context));
      index.add(contactSearchProvider.toDocument({ ...terekhov, familyName: text('Шевченко') }, context));
      index.remove('contact', 'delbe');
      index.add(contactSearchProvider.toDocument(withNote, context));
    });
    expect(index.size).toBe(4);
    expect(index.search('Шевченко').map((hit) => hit.id)).toEqual(['terekhov']);
    expect(index.search('Терехов').map((hit) => hit.id)).not.toContain('terekhov');
    expect(index.search('Delbe')).toEqual([]);
    expect(index.search('Terekov').map((hit) => hit.id)).toEqual(['terekov']);
    expect(index.search('kbcjujh')[0]).toMatchObject({ id: 'lysohor', wrongLayout: true });
  });
});
