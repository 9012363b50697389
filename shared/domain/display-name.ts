import { FALLBACK_ORDER, UI_LANGUAGES, type LocalizedText, type UiLanguage } from './lang';
import type { ContactInput } from './contact';
import type { OrganizationInput } from './organization';

type NameParts = Pick<ContactInput, 'givenName' | 'familyName' | 'nameOriginal'>;

interface PersonName {
  given: string;
  family: string;
}

/**
 * The spelling of a person's name to use in `lang`: the first language in the fallback order
 * with any part filled, with the name as the person writes it standing in for English.
 */
function personNameIn(contact: NameParts, lang: UiLanguage): PersonName | string {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const given = contact.givenName[candidate].trim();
    const family = contact.familyName[candidate].trim();
    if (given || family) return { given, family };
    if (candidate === 'en' && contact.nameOriginal.trim()) return contact.nameOriginal.trim();
  }
  return contact.nameOriginal.trim();
}

/** "Артем Лисогор": given name first, as people are introduced. */
export function contactDisplayName(contact: NameParts, lang: UiLanguage): string {
  const name = personNameIn(contact, lang);
  return typeof name === 'string' ? name : [name.given, name.family].filter(Boolean).join(' ');
}

/** "Лисогор Артем": family name first, the order a directory sorts by. */
export function contactSortName(contact: NameParts, lang: UiLanguage): string {
  const name = personNameIn(contact, lang);
  return typeof name === 'string' ? name : [name.family, name.given].filter(Boolean).join(' ');
}

export function organizationDisplayName(org: Pick<OrganizationInput, 'name' | 'nameOriginal'>, lang: UiLanguage): string {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = org.name[candidate].trim();
    if (value) return value;
    if (candidate === 'en' && org.nameOriginal.trim()) return org.nameOriginal.trim();
  }
  return org.nameOriginal.trim();
}

export function localizedFrom(build: (lang: UiLanguage) => string): LocalizedText {
  const result = { uk: '', ru: '', en: '' };
  for (const lang of UI_LANGUAGES) result[lang] = build(lang);
  return result;
}
