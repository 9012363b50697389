import { emptyLocalized, type LocalizedText, type UiLanguage } from '../../domain/lang';
import { languageParamOf, textOf, type VcardProperty } from './property-line';
import { structuredValue, unescapeText } from './property-value';
import { shortTextOf, slotOf } from './text-slot';

export interface CardNames {
  givenName: LocalizedText;
  familyName: LocalizedText;
  honorific: LocalizedText;
  /** The first FN as written, or the first N put together when the card has no FN. */
  nameOriginal: string;
}

interface PersonName {
  given: string;
  family: string;
  honorific: string;
}

/**
 * A card's names in our three spellings. Each N and FN goes to the spelling its LANGUAGE and
 * script say (vCard 4.0 writes one per language, tied by ALTID; we tie them by language, which
 * is what ALTID means for names). In each spelling N wins over FN, since N says which part is
 * the family name; an FN alone is split as it is displayed, given name(s) first.
 * Additional names (a patronymic) are not kept apart: our contacts have given and family names,
 * and the FN kept as nameOriginal still shows them.
 * `organizationName` is what the card's ORG says: Outlook and Apple write the company as FN on a
 * company's card, which is not a person's name.
 */
export function namesOf(properties: readonly VcardProperty[], organizationName: string): CardNames {
  const byLanguage: Partial<Record<UiLanguage, PersonName>> = {};
  let original = '';
  let composedN = '';
  for (const property of properties) {
    if (property.name !== 'N') continue;
    const fields = structuredValue(textOf(property));
    const name: PersonName = {
      family: shortTextOf((fields[0] ?? []).join(' ')),
      given: shortTextOf((fields[1] ?? []).join(' ')),
      honorific: shortTextOf((fields[3] ?? []).join(' ')),
    };
    const written = `${name.given} ${name.family}`.trim();
    if (written === '') continue;
    composedN ||= shortTextOf(written);
    byLanguage[slotOf(written, languageParamOf(property))] ??= name;
  }
  const company = organizationName.trim().toLowerCase();
  const isCompanyCard = properties.some((p) => p.name === 'X-ABSHOWAS' && p.rawValue.trim().toUpperCase() === 'COMPANY');
  for (const property of properties) {
    if (property.name !== 'FN') continue;
    const written = shortTextOf(unescapeText(textOf(property)));
    if (written === '') continue;
    const asCompany = (company !== '' && written.toLowerCase() === company) || (isCompanyCard && composedN === '');
    if (asCompany) continue;
    original ||= written;
    byLanguage[slotOf(written, languageParamOf(property))] ??= splitFormattedName(written);
  }
  const names: CardNames = {
    givenName: emptyLocalized(),
    familyName: emptyLocalized(),
    honorific: emptyLocalized(),
    nameOriginal: original || composedN,
  };
  for (const [language, name] of Object.entries(byLanguage) as [UiLanguage, PersonName][]) {
    names.givenName[language] = name.given;
    names.familyName[language] = name.family;
    names.honorific[language] = name.honorific;
  }
  return names;
}

/** "Juliette Delbe" → given Juliette, family Delbe; one word is a given name ("Артем" in a phone book). */
function splitFormattedName(written: string): PersonName {
  const words = written.split(' ');
  if (words.length === 1) return { given: written, family: '', honorific: '' };
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1], honorific: '' };
}

