import type { AgreementDerived, AgreementInput } from '../domain/agreement';
import { localizedFrom } from '../domain/display-name';
import type { LocalizedText, UiLanguage } from '../domain/lang';
import { collationKey } from '../text/collation-key';

/**
 * The agreement's title to show in the UI language: its own title in that language when filled,
 * else the first filled one in the agreement's language order (a uk + fr memorandum shows its
 * Ukrainian title in an English UI), else ''.
 */
export function agreementTitleIn(agreement: Pick<AgreementInput, 'title' | 'languages'>, uiLang: UiLanguage): string {
  const own = (agreement.title[uiLang] ?? '').trim();
  if (own && agreement.languages.includes(uiLang)) return own;
  for (const lang of agreement.languages) {
    const value = (agreement.title[lang] ?? '').trim();
    if (value) return value;
  }
  return own;
}

/** Sort keys per UI language, made like the other records' (see collation-key.ts). */
export function agreementSortKey(input: Pick<AgreementInput, 'title' | 'languages'>): LocalizedText {
  return localizedFrom((lang) => collationKey(agreementTitleIn(input, lang)));
}

/** The parties' organizations, each once, in party order (for the "*organizationIds" index). */
export function agreementOrganizationIds(input: Pick<AgreementInput, 'parties'>): string[] {
  const ids = new Set<string>();
  for (const party of input.parties) if (party.organizationId !== null) ids.add(party.organizationId);
  return [...ids];
}

/** Everything a repository derives from an agreement at write time. */
export function agreementDerived(input: Pick<AgreementInput, 'title' | 'languages' | 'parties'>): AgreementDerived {
  return { sortKey: agreementSortKey(input), organizationIds: agreementOrganizationIds(input) };
}
