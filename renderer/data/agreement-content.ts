import type { Agreement, AgreementContent, AgreementDerived, AgreementInput } from '#shared/domain/agreement';
import { agreementDerived } from '#shared/agreements/agreement-display';

/** The stored agreement without its record fields and derived keys: what the schema validates. */
export function agreementInputOf(agreement: Agreement | AgreementInput): AgreementInput {
  const { kind, title, languages, parties, signingPlace, signingDate, status, statusHistory, meetingIds, notes, clauses, templateId } = agreement;
  return { kind, title, languages, parties, signingPlace, signingDate, status, statusHistory, meetingIds, notes, clauses, templateId };
}

/** What a version snapshots: the text and its framing, not the workflow. */
export function agreementContentOf(agreement: AgreementContent): AgreementContent {
  const { kind, title, languages, parties, signingPlace, signingDate, clauses } = agreement;
  return { kind, title, languages, parties, signingPlace, signingDate, clauses };
}

/** JSON with object keys sorted, so two contents that differ only in key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameContent(a: AgreementContent, b: AgreementContent): boolean {
  return canonical(agreementContentOf(a)) === canonical(agreementContentOf(b));
}

/** The keys kept beside the input: collation keys for the list and the organizations of the parties. */
export function deriveAgreement(input: AgreementInput): AgreementDerived {
  return agreementDerived(input);
}
