import type { Agreement, AgreementKind, AgreementParty, AgreementStatus } from '#shared/domain/agreement';
import type { Organization } from '#shared/domain/organization';
import type { UiLanguage } from '#shared/domain/lang';
import { organizationDisplayName } from '#shared/domain/display-name';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { countOutOfStep } from '#shared/agreements/translation-status';
import { quickFilterText } from '#shared/search/quick-filter';
import { formatNumericDate } from '../meetings/numeric-date';
import type { ListRow } from '../../components/record-table/table-features';

export interface AgreementRow extends ListRow {
  record: Agreement;
  title: string;
  kind: string;
  status: AgreementStatus;
  statusLabel: string;
  parties: string;
  /** "UK · EN", in column order. */
  languages: string;
  /** Clauses with a language waiting for an update. */
  outOfStep: number;
  outOfStepLabel: string;
  /** In the UI language, "12.04.2023"; '' while not fixed. */
  signingDate: string;
  updatedAt: number;
}

export interface AgreementRowContext {
  language: UiLanguage;
  organizations: ReadonlyMap<string, Organization>;
  kindLabel: (kind: AgreementKind) => string;
  statusLabel: (status: AgreementStatus) => string;
  outOfStepLabel: (count: number) => string;
  untitled: string;
}

/**
 * A party as the UI names it: the agreement's own spelling in the UI language, else the
 * organization's name, else any spelling the agreement holds.
 */
export function partyName(party: AgreementParty, organizations: ReadonlyMap<string, Organization>, language: UiLanguage): string {
  const own = party.name[language]?.trim();
  if (own) return own;
  const organization = party.organizationId ? organizations.get(party.organizationId) : undefined;
  const recorded = organization ? organizationDisplayName(organization, language) : '';
  return recorded || Object.values(party.name).find((name) => name.trim() !== '')?.trim() || '';
}

export function toAgreementRow(agreement: Agreement, context: AgreementRowContext): AgreementRow {
  const { language, organizations } = context;
  const outOfStep = countOutOfStep(agreement.clauses, agreement.languages);
  return {
    id: agreement.id,
    record: agreement,
    title: agreementTitleIn(agreement, language) || context.untitled,
    kind: context.kindLabel(agreement.kind),
    status: agreement.status,
    statusLabel: context.statusLabel(agreement.status),
    parties: agreement.parties.map((party) => partyName(party, organizations, language)).filter(Boolean).join(', '),
    languages: agreement.languages.map((code) => code.toUpperCase()).join(' · '),
    outOfStep,
    outOfStepLabel: outOfStep > 0 ? context.outOfStepLabel(outOfStep) : '',
    signingDate: agreement.signingDate ? formatNumericDate(agreement.signingDate, language) : '',
    updatedAt: agreement.updatedAt,
  };
}

/** The quick filter looks through the title in every language and what the row shows. */
export function agreementSearchText(row: AgreementRow): string {
  return quickFilterText([...Object.values(row.record.title), row.kind, row.statusLabel, row.parties, row.languages].filter(Boolean));
}
