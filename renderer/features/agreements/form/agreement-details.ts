import { z } from 'zod';
import { agreementInputSchema, type Agreement, type AgreementInput } from '#shared/domain/agreement';
import { unknownLanguageCode } from './language-codes';

/** What the "Parties & signing" tab edits: the framing of the text, saved as a patch. */
export type AgreementDetails = Pick<AgreementInput, 'kind' | 'title' | 'languages' | 'parties' | 'signingPlace' | 'signingDate'>;

export function agreementDetailsOf(agreement: Agreement): AgreementDetails {
  const { kind, title, languages, parties, signingPlace, signingDate } = structuredClone(agreement);
  return { kind, title, languages, parties, signingPlace, signingDate };
}

// The rest of an agreement, valid as it stands, so only the tab's own fields can fail.
const REST = { status: 'draft', statusHistory: [], meetingIds: [], notes: '', clauses: [], templateId: null } as const;

/** The agreement's rules over the tab's fields, plus: every language code names a language. */
export const agreementDetailsSchema = z.unknown().superRefine((value, ctx) => {
  const details = (value ?? {}) as Partial<AgreementDetails>;
  const result = agreementInputSchema.safeParse({ ...details, ...REST });
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  const unknown = Array.isArray(details.languages) ? unknownLanguageCode(details.languages) : null;
  if (unknown && result.success) ctx.addIssue({ code: 'custom', path: ['languages'], message: 'unknownLanguage' });
});
