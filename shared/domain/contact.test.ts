import { describe, expect, it } from 'vitest';
import { contactInputSchema, emptyContactInput } from './contact';

function issuesOf(input: unknown) {
  const result = contactInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

describe('contactInputSchema', () => {
  it('accepts a contact known only by the name as written', () => {
    expect(issuesOf({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe' })).toEqual([]);
  });

  it('requires some name', () => {
    expect(issuesOf(emptyContactInput())).toEqual(['familyName.uk:nameRequired']);
  });

  it('reports each bad field with a translatable code', () => {
    const issues = issuesOf({
      ...emptyContactInput(),
      nameOriginal: 'Alex Lenaerts',
      emails: ['alex@diplobel', 'ok@diplobel.fed.be'],
      phones: ['call me'],
      country: 'Belgium',
      languages: ['nl', 'french'],
    });
    expect(issues).toEqual(['country:country', 'languages.1:language', 'emails.0:email', 'phones.0:phone']);
  });

  it('normalizes codes and trims text', () => {
    const parsed = contactInputSchema.parse({ ...emptyContactInput(), nameOriginal: '  Alex  ', country: 'be', languages: ['NL'] });
    expect(parsed).toMatchObject({ nameOriginal: 'Alex', country: 'BE', languages: ['nl'] });
  });
});
