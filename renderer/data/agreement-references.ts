import type { Agreement, AgreementParty, LanguageTexts } from '#shared/domain/agreement';
import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import { UI_LANGUAGES, type LocalizedText } from '#shared/domain/lang';

/** The record's spelling fills each language the agreement has left empty. */
function keepSpellings(overrides: LanguageTexts, record: LocalizedText, latin: string): LanguageTexts {
  const kept: LanguageTexts = { ...overrides };
  for (const lang of UI_LANGUAGES) if (!(kept[lang] ?? '').trim() && record[lang].trim()) kept[lang] = record[lang].trim();
  if (!(kept.en ?? '').trim() && latin.trim()) kept.en = latin.trim();
  return kept;
}

const personName = (contact: Contact): LocalizedText => {
  const name = (lang: keyof LocalizedText) => [contact.givenName[lang], contact.familyName[lang]].filter((part) => part.trim()).join(' ');
  return { uk: name('uk'), ru: name('ru'), en: name('en') };
};

/**
 * An agreement's parties with the given organizations and people taken out: each keeps the
 * name (and a signatory the position) it had, copied into the agreement's own spellings, so
 * the text and the signature block read the same after the records are gone for good.
 */
export function preserveRemovedParties(agreement: Pick<Agreement, 'parties'>, organizations: readonly Organization[], contacts: readonly Contact[]): AgreementParty[] {
  const orgById = new Map(organizations.map((org) => [org.id, org]));
  const contactById = new Map(contacts.map((contact) => [contact.id, contact]));
  return agreement.parties.map((party) => {
    const org = party.organizationId ? orgById.get(party.organizationId) : undefined;
    return {
      ...party,
      ...(org ? { organizationId: null, name: keepSpellings(party.name, org.name, org.nameOriginal) } : null),
      signatories: party.signatories.map((signatory) => {
        const contact = signatory.contactId ? contactById.get(signatory.contactId) : undefined;
        if (!contact) return signatory;
        return {
          ...signatory,
          contactId: null,
          name: keepSpellings(signatory.name, personName(contact), contact.nameOriginal),
          position: keepSpellings(signatory.position, contact.position, ''),
        };
      }),
    };
  });
}
