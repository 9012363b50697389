import type { AgreementContent, AgreementParty, Signatory } from '../domain/agreement';
import type { Contact } from '../domain/contact';
import { isUiLanguage } from '../domain/lang';
import type { Organization } from '../domain/organization';
import { isLatinScriptLanguage, isLatinText } from './language-script';

/**
 * The values placeholders and the document's signature block show, per language of the
 * agreement. '' means there is no value in that language. Overrides typed into the agreement
 * come first; then the records, which hold uk / ru / en. Names of organizations, positions and
 * cities never borrow another language's wording (a French column must not silently show
 * English); a person's name may, in a Latin-script language, use the person's own Latin spelling
 * or the English one, which are valid spellings there.
 */

const trimmed = (value: string | undefined): string => (value ?? '').trim();

function latinOriginal(original: string): string {
  const value = original.trim();
  return value && isLatinText(value) ? value : '';
}

export function organizationNameIn(org: Pick<Organization, 'name' | 'nameOriginal'>, lang: string): string {
  if (isUiLanguage(lang)) {
    const own = org.name[lang].trim();
    if (own) return own;
  }
  return isLatinScriptLanguage(lang) ? latinOriginal(org.nameOriginal) : '';
}

export function partyNameIn(party: AgreementParty, lang: string, organizations: ReadonlyMap<string, Organization>): string {
  const override = trimmed(party.name[lang]);
  if (override) return override;
  const org = party.organizationId === null ? undefined : organizations.get(party.organizationId);
  return org ? organizationNameIn(org, lang) : '';
}

export function partyCityIn(party: AgreementParty, lang: string, organizations: ReadonlyMap<string, Organization>): string {
  const org = party.organizationId === null ? undefined : organizations.get(party.organizationId);
  return org && isUiLanguage(lang) ? org.city[lang].trim() : '';
}

type NameParts = Pick<Contact, 'givenName' | 'familyName' | 'nameOriginal'>;

/** Given name first, as the name is printed under a signature. */
function nameInRecordLanguage(contact: NameParts, lang: 'uk' | 'ru' | 'en'): string {
  return [contact.givenName[lang].trim(), contact.familyName[lang].trim()].filter(Boolean).join(' ');
}

export function contactNameIn(contact: NameParts, lang: string): string {
  if (isUiLanguage(lang)) {
    const own = nameInRecordLanguage(contact, lang);
    if (own) return own;
    return lang === 'en' ? latinOriginal(contact.nameOriginal) : '';
  }
  if (!isLatinScriptLanguage(lang)) return '';
  return latinOriginal(contact.nameOriginal) || nameInRecordLanguage(contact, 'en');
}

export function contactPositionIn(contact: Pick<Contact, 'position'>, lang: string): string {
  return isUiLanguage(lang) ? contact.position[lang].trim() : '';
}

function contactOf(signatory: Signatory, contacts: ReadonlyMap<string, Contact>): Contact | undefined {
  return signatory.contactId === null ? undefined : contacts.get(signatory.contactId);
}

export function signatoryNameIn(signatory: Signatory, lang: string, contacts: ReadonlyMap<string, Contact>): string {
  const override = trimmed(signatory.name[lang]);
  if (override) return override;
  const contact = contactOf(signatory, contacts);
  return contact ? contactNameIn(contact, lang) : '';
}

export function signatoryPositionIn(signatory: Signatory, lang: string, contacts: ReadonlyMap<string, Contact>): string {
  const override = trimmed(signatory.position[lang]);
  if (override) return override;
  const contact = contactOf(signatory, contacts);
  return contact ? contactPositionIn(contact, lang) : '';
}

/** English dates in documents follow British usage ("12 April 2023"), as EU and Ukrainian texts do. */
const DATE_LOCALES: Record<string, string> = { en: 'en-GB' };

/** 'YYYY-MM-DD' as the long date of `lang` ("12 квітня 2023 р.", "12 April 2023", "12 avril 2023"). */
export function formatSigningDate(isoDate: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return '';
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  try {
    return new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? lang, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
  } catch {
    return isoDate.trim();
  }
}

export function signingPlaceIn(content: Pick<AgreementContent, 'signingPlace'>, lang: string): string {
  return trimmed(content.signingPlace[lang]);
}

/** "Kalush, 12 April 2023": place and date, either alone when the other is not fixed, or ''. */
export function placeAndDateIn(content: Pick<AgreementContent, 'signingPlace' | 'signingDate'>, lang: string): string {
  return [signingPlaceIn(content, lang), formatSigningDate(content.signingDate, lang)].filter(Boolean).join(', ');
}
