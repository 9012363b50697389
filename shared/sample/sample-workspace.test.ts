import { describe, expect, it } from 'vitest';
import { contactInputSchema } from '../domain/contact';
import { UI_LANGUAGES } from '../domain/lang';
import { organizationInputSchema } from '../domain/organization';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS, type SampleContact } from './sample-workspace';

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
}

const orgKeys = new Set(SAMPLE_ORGANIZATIONS.map((o) => o.key));

function contactByEnglishName(given: string, family: string): SampleContact | undefined {
  return SAMPLE_CONTACTS.find((c) => c.input.givenName.en === given && c.input.familyName.en === family);
}

function orgOf(c: SampleContact) {
  return SAMPLE_ORGANIZATIONS.find((o) => o.key === c.organizationKey);
}

describe('sample workspace', () => {
  it('has organizations and contacts', () => {
    expect(SAMPLE_ORGANIZATIONS.length).toBeGreaterThan(0);
    expect(SAMPLE_CONTACTS.length).toBeGreaterThan(0);
  });

  it.each(SAMPLE_ORGANIZATIONS.map((o) => [o.key, o] as const))('organization %s passes the schema', (_key, o) => {
    expect(issuesOf(organizationInputSchema.safeParse({ ...o.input, parentId: null }))).toEqual([]);
  });

  it.each(SAMPLE_CONTACTS.map((c) => [c.key, c] as const))('contact %s passes the schema', (_key, c) => {
    expect(issuesOf(contactInputSchema.safeParse({ ...c.input, organizationId: null }))).toEqual([]);
  });

  it('has unique keys across organizations and contacts', () => {
    const keys = [...SAMPLE_ORGANIZATIONS.map((o) => o.key), ...SAMPLE_CONTACTS.map((c) => c.key)];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.trim()).not.toBe('');
  });

  it('refers only to organizations that exist', () => {
    for (const o of SAMPLE_ORGANIZATIONS) {
      if (o.parentKey !== null) expect(orgKeys, `${o.key} → ${o.parentKey}`).toContain(o.parentKey);
    }
    for (const c of SAMPLE_CONTACTS) {
      if (c.organizationKey !== null) expect(orgKeys, `${c.key} → ${c.organizationKey}`).toContain(c.organizationKey);
    }
  });

  it('has no cycles in the organization tree', () => {
    const parentOf = new Map(SAMPLE_ORGANIZATIONS.map((o) => [o.key, o.parentKey]));
    for (const o of SAMPLE_ORGANIZATIONS) {
      const seen = new Set<string>();
      let key: string | null = o.key;
      while (key !== null) {
        expect(seen.has(key), `cycle through ${o.key}`).toBe(false);
        seen.add(key);
        key = parentOf.get(key) ?? null;
      }
    }
  });

  it('names every organization and contact in uk, ru and en', () => {
    for (const o of SAMPLE_ORGANIZATIONS) {
      for (const lang of UI_LANGUAGES) expect(o.input.name[lang].trim(), `${o.key}.name.${lang}`).not.toBe('');
    }
    for (const c of SAMPLE_CONTACTS) {
      for (const lang of UI_LANGUAGES) {
        expect(c.input.givenName[lang].trim(), `${c.key}.givenName.${lang}`).not.toBe('');
        expect(c.input.familyName[lang].trim(), `${c.key}.familyName.${lang}`).not.toBe('');
        expect(c.input.position[lang].trim(), `${c.key}.position.${lang}`).not.toBe('');
      }
    }
  });

  it('invents no contact details', () => {
    for (const c of SAMPLE_CONTACTS) {
      expect(c.input.emails, c.key).toEqual([]);
      expect(c.input.phones, c.key).toEqual([]);
      expect(c.input.messengers, c.key).toEqual([]);
    }
  });

  it('notes every record', () => {
    for (const r of [...SAMPLE_ORGANIZATIONS, ...SAMPLE_CONTACTS]) expect(r.input.notes.trim(), r.key).not.toBe('');
  });

  it.each([
    ['Artem', 'Lysohor', 'Лисогор', 'Лысогор', 'Luhansk Regional Military Administration'],
    ['Juliette', 'Delbe', 'Дельб', 'Дельб', 'Hauts-de-France Region'],
    ['Oleksandra', 'Hereliuk', 'Герелюк', 'Герелюк', 'Business France Ukraine'],
    ['Ihor', 'Terekhov', 'Терехов', 'Терехов', 'Kharkiv City Council'],
    ['Alex', 'Lenaerts', 'Ленартс', 'Ленартс', 'Embassy of Belgium in Ukraine'],
    ['Gudrun', 'Niedorf', 'Нідорф', 'Нидорф', 'Secretariat of the Commission for Citizenship, Governance, Institutional and External Affairs (CIVEX)'],
  ])('has %s %s', (given, family, familyUk, familyRu, orgEn) => {
    const c = contactByEnglishName(given, family);
    expect(c).toBeDefined();
    expect(c!.input.familyName.uk).toBe(familyUk);
    expect(c!.input.familyName.ru).toBe(familyRu);
    expect(orgOf(c!)?.input.name.en).toBe(orgEn);
  });

  it('keeps the original spellings and honorifics of the foreign partners', () => {
    expect(contactByEnglishName('Juliette', 'Delbe')?.input).toMatchObject({
      nameOriginal: 'Juliette Delbe',
      givenName: { uk: 'Жюльєт', ru: 'Жюльет' },
    });
    expect(contactByEnglishName('Alex', 'Lenaerts')?.input).toMatchObject({ nameOriginal: 'Alex Lenaerts', honorific: { uk: 'Його Високоповажність', ru: 'Его Превосходительство', en: 'H.E.' }, country: 'BE' });
    expect(contactByEnglishName('Artem', 'Lysohor')?.input.givenName).toEqual({ uk: 'Артем', ru: 'Артем', en: 'Artem' });
    expect(contactByEnglishName('Oleksandra', 'Hereliuk')?.input.givenName).toEqual({ uk: 'Олександра', ru: 'Александра', en: 'Oleksandra' });
    expect(contactByEnglishName('Ihor', 'Terekhov')?.input.givenName).toEqual({ uk: 'Ігор', ru: 'Игорь', en: 'Ihor' });
  });

  it('has the organizations the stories name', () => {
    const byEn = new Map(SAMPLE_ORGANIZATIONS.map((o) => [o.input.name.en, o]));
    expect(byEn.get('Luhansk Regional Military Administration')?.input.name).toEqual({
      uk: 'Луганська обласна військова адміністрація',
      ru: 'Луганская областная военная администрация',
      en: 'Luhansk Regional Military Administration',
    });
    expect(byEn.get('Hauts-de-France Region')?.input).toMatchObject({
      nameOriginal: 'Région Hauts-de-France',
      name: { uk: 'Регіон О-де-Франс', ru: 'Регион О-де-Франс' },
      kind: 'region',
      country: 'FR',
    });
    expect(byEn.get('Business France Ukraine')?.input.name.uk).toBe('Бізнес Франс Україна');
    expect(byEn.get('Kalush City Council')?.input).toMatchObject({ kind: 'cityCouncil', country: 'UA' });
    expect(byEn.get('Zaporizhzhia City Council')?.input).toMatchObject({ kind: 'cityCouncil', country: 'UA' });
    expect(byEn.get('Embassy of Belgium in Ukraine')?.input.kind).toBe('embassy');
    expect(byEn.get('European Alliance of Cities and Regions for the Reconstruction of Ukraine')).toBeDefined();

    const cor = byEn.get('European Committee of the Regions');
    expect(cor?.input).toMatchObject({ kind: 'internationalBody', country: 'BE' });
    const civex = SAMPLE_ORGANIZATIONS.find((o) => o.input.shortName === 'CIVEX');
    expect(civex?.parentKey).toBe(cor?.key);
  });
});

describe('sample workspace: our side', () => {
  it('marks the Ukrainian side of each story as our own staff, and only them', () => {
    const ours = SAMPLE_CONTACTS.filter((c) => c.input.ourStaff).map((c) => c.input.familyName.en);
    expect(ours.sort()).toEqual(['Lysohor', 'Naida', 'Omelchenko', 'Terekhov']);
  });
});
