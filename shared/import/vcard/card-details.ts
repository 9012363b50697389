import { emptyLocalized, type LocalizedText, type UiLanguage } from '../../domain/lang';
import { MAX_LONG } from '../../domain/fields';
import { countryCodeOf } from '../column-mapping-values';
import { hasType, languageParamOf, paramOf, textOf, type VcardProperty } from './property-line';
import { listValue, structuredValue, unescapeText } from './property-value';
import { cut, shortTextOf, slotOf } from './text-slot';

const MAX_TAG = 60;
const MAX_TAGS = 50;
const MAX_LANGUAGES = 20;

function ofName(properties: readonly VcardProperty[], name: string): VcardProperty[] {
  return properties.filter((property) => property.name === name);
}

/** The preferred ones first (2.1/3.0 `TYPE=pref`, 4.0 `PREF=1`), otherwise in the card's order. */
function preferredFirst(properties: VcardProperty[]): VcardProperty[] {
  const rank = (p: VcardProperty) => (hasType(p, 'pref') ? 0 : Number(paramOf(p, 'PREF')) || 100);
  return properties.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

/** The first value of each spelling, by LANGUAGE and script. */
function localizedOf(entries: readonly { text: string; declared: string }[]): LocalizedText {
  const result = emptyLocalized();
  for (const { text, declared } of entries) {
    if (text === '') continue;
    const slot: UiLanguage = slotOf(text, declared);
    if (result[slot] === '') result[slot] = text;
  }
  return result;
}

/** TITLE → position (ROLE is a profession, not a post: left out). */
export function positionOf(properties: readonly VcardProperty[]): LocalizedText {
  return localizedOf(
    ofName(properties, 'TITLE').map((p) => ({ text: shortTextOf(unescapeText(textOf(p))), declared: languageParamOf(p) })),
  );
}

/**
 * ORG's organization name, the first field; the department (the fields after it) is left out,
 * so that people of one ministry's departments land in one organization.
 */
export function organizationNameOf(properties: readonly VcardProperty[]): string {
  for (const property of ofName(properties, 'ORG')) {
    const name = shortTextOf((structuredValue(textOf(property))[0] ?? []).join(', '));
    if (name !== '') return name;
  }
  return '';
}

export interface CardPlace {
  city: LocalizedText;
  /** ISO 3166-1 alpha-2, '' when the country is not written or not recognized. */
  country: string;
}

/** ADR's locality per spelling and its country as a code, the preferred address first. */
export function placeOf(properties: readonly VcardProperty[]): CardPlace {
  const addresses = preferredFirst(ofName(properties, 'ADR')).map((p) => ({ fields: structuredValue(textOf(p)), declared: languageParamOf(p) }));
  const city = localizedOf(addresses.map(({ fields, declared }) => ({ text: shortTextOf((fields[3] ?? []).join(', ')), declared })));
  let country = '';
  for (const { fields } of addresses) {
    country = countryCodeOf((fields[6] ?? []).join(' '));
    if (country) break;
  }
  return { city, country };
}

/** NOTEs, one paragraph each. */
export function notesOf(properties: readonly VcardProperty[]): string {
  const notes = ofName(properties, 'NOTE')
    .map((p) => unescapeText(textOf(p)).replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim())
    .filter((note) => note !== '');
  return cut(notes.join('\n\n'), MAX_LONG);
}

/** CATEGORIES → tags, without repeats (case aside). */
export function tagsOf(properties: readonly VcardProperty[]): string[] {
  const tags: string[] = [];
  for (const property of ofName(properties, 'CATEGORIES')) {
    for (const value of listValue(textOf(property))) {
      const tag = shortTextOf(value, MAX_TAG);
      if (tag !== '' && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
  }
  return tags.slice(0, MAX_TAGS);
}

/** LANG (`fr`, `en-US`) → ISO 639-1 codes, preferred first. */
export function languagesOf(properties: readonly VcardProperty[]): string[] {
  const codes: string[] = [];
  for (const property of preferredFirst(ofName(properties, 'LANG'))) {
    const code = unescapeText(textOf(property)).trim().split(/[-_]/)[0].toLowerCase();
    if (/^[a-z]{2}$/.test(code) && !codes.includes(code)) codes.push(code);
  }
  return codes.slice(0, MAX_LANGUAGES);
}
