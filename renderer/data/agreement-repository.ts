import {
  agreementInputSchema,
  type Agreement,
  type AgreementInput,
  type AgreementStatus,
  type AgreementVersion,
  type Clause,
} from '#shared/domain/agreement';
import { withStatus } from '#shared/agreements/agreement-status';
import { addLanguage, removeLanguage } from '#shared/agreements/clause-edits';
import { parseOrThrow } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { sanitizeHtml } from '../security/sanitize-html';
import { assertReferencesExist, heldBefore } from './reference-checks';
import { guardStorage } from './storage-error';
import { agreementInputOf, deriveAgreement } from './agreement-content';
import { addAgreementVersion, keepBeforeEditing } from './agreement-version-repository';

const live = (agreement: Agreement) => agreement.deletedAt === null;
/** Most recently changed first: what someone looking for "the memorandum with X" wants on top. */
const recentFirst = (a: Agreement, b: Agreement) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1);

const partyOrganizationIds = (input: Pick<AgreementInput, 'parties'> | undefined) =>
  (input?.parties ?? []).flatMap((party) => (party.organizationId ? [party.organizationId] : []));
const signatoryContactIds = (input: Pick<AgreementInput, 'parties'> | undefined) =>
  (input?.parties ?? []).flatMap((party) => party.signatories.flatMap((s) => (s.contactId ? [s.contactId] : [])));

/** What `patch` may change: everything but the clauses and the status, which have their own paths. */
export type AgreementPatch = Partial<Omit<AgreementInput, 'clauses' | 'status' | 'statusHistory'>>;

/** The clauses for a change of languages: new ones added to every clause, dropped ones removed. */
function clausesFor(clauses: Clause[], before: readonly string[], after: readonly string[]): Clause[] {
  let result = clauses;
  for (const lang of before) if (!after.includes(lang)) result = removeLanguage(result, lang);
  for (const lang of after) if (!before.includes(lang)) result = addLanguage(result, lang);
  return result;
}

/** Whether a change of languages takes one away, and its text with it. */
const dropsLanguage = (before: readonly string[], after: readonly string[]) => before.some((lang) => !after.includes(lang));

const sanitized = (input: AgreementInput): AgreementInput => ({ ...input, notes: sanitizeHtml(input.notes) });

export function createAgreementRepository(db: DeskDatabase, now: () => number = Date.now) {
  /** Party organizations, signatories and meetings must exist (in the Trash or not). */
  async function checkReferences(input: AgreementInput, existing?: Agreement): Promise<void> {
    const heldOrganization = heldBefore(partyOrganizationIds(existing));
    const heldContact = heldBefore(signatoryContactIds(existing));
    await assertReferencesExist([
      ...input.parties.flatMap((party, p) => [
        { path: `parties.${p}.organizationId`, ids: party.organizationId, table: db.organizations, code: 'unknownOrganization', accepted: heldOrganization },
        ...party.signatories.map((signatory, s) => ({
          path: `parties.${p}.signatories.${s}.contactId`,
          ids: signatory.contactId,
          table: db.contacts,
          code: 'unknownContact',
          accepted: heldContact,
        })),
      ]),
      { path: 'meetingIds', ids: input.meetingIds, table: db.meetings, code: 'unknownMeeting', accepted: heldBefore(existing?.meetingIds) },
    ]);
  }

  const base = createRecordRepository({
    table: db.agreements,
    schema: agreementInputSchema,
    derive: deriveAgreement,
    now,
    checkReferences,
    clean: sanitized,
  });

  async function requireAgreement(id: string): Promise<Agreement> {
    const agreement = await db.agreements.get(id);
    if (!agreement) throw new AppError('notFound', { id });
    return agreement;
  }

  /** Live agreements whose multi-entry index `index` holds `id`, most recently changed first. */
  const liveWhere = async (index: string, id: string) =>
    (await guardStorage(() => db.agreements.where(index).equals(id).toArray())).filter(live).sort(recentFirst);

  return {
    ...base,

    /** Agreements an organization is a party to: its page lists them. */
    listByOrganization: (organizationId: string) => liveWhere('organizationIds', organizationId),

    /** Agreements discussed at a meeting. */
    listByMeeting: (meetingId: string) => liveWhere('meetingIds', meetingId),

    /**
     * The editor's autosave: replaces the clauses alone (and updatedAt). The whole agreement is
     * validated with the new clauses, so an invalid list is refused and the stored one kept.
     */
    updateClauses: (id: string, clauses: readonly Clause[]): Promise<Agreement> =>
      guardStorage(() =>
        db.transaction('rw', db.agreements, async () => {
          const existing = await requireAgreement(id);
          const parsed = parseOrThrow(agreementInputSchema, { ...agreementInputOf(existing), clauses });
          const updatedAt = now();
          await db.agreements.update(id, { clauses: parsed.clauses, updatedAt });
          return { ...existing, clauses: parsed.clauses, updatedAt };
        }),
      ),

    /**
     * Changes some fields and keeps the rest as stored (the editor's clauses above all). The
     * status moves only through changeStatus. When the languages change, the clauses gain or
     * lose those languages in the same write (addLanguage / removeLanguage); when one is
     * dropped, the text as it stood is first kept as a 'beforeEditing' version in the same
     * transaction (unless the latest version already holds it, as after the page's own
     * snapshot), so the dropped language's text can be brought back.
     */
    async patch(id: string, changes: AgreementPatch): Promise<Agreement> {
      const merge = (existing: Agreement) => {
        const input = { ...agreementInputOf(existing), ...changes };
        return parseOrThrow(agreementInputSchema, { ...input, clauses: clausesFor(existing.clauses, existing.languages, input.languages) });
      };
      const before = await guardStorage(() => requireAgreement(id));
      await checkReferences(merge(before), before);
      return guardStorage(() =>
        db.transaction('rw', db.agreements, db.agreementVersions, async () => {
          const existing = await requireAgreement(id);
          const input = sanitized(merge(existing));
          const at = now();
          if (dropsLanguage(existing.languages, input.languages)) await keepBeforeEditing(db, existing, at);
          const record: Agreement = { ...input, ...deriveAgreement(input), id, createdAt: existing.createdAt, updatedAt: at, deletedAt: existing.deletedAt };
          await db.agreements.put(record);
          return record;
        }),
      );
    },

    /**
     * Moves the agreement to `status` (refused with an AppError when the workflow does not
     * allow it) and saves a 'statusChange' version of it, both in one transaction.
     */
    changeStatus: (id: string, status: AgreementStatus): Promise<{ agreement: Agreement; version: AgreementVersion }> =>
      guardStorage(() =>
        db.transaction('rw', db.agreements, db.agreementVersions, async () => {
          const existing = await requireAgreement(id);
          const at = now();
          const input = parseOrThrow(agreementInputSchema, withStatus(agreementInputOf(existing), status, at));
          const agreement: Agreement = { ...input, ...deriveAgreement(input), id, createdAt: existing.createdAt, updatedAt: at, deletedAt: existing.deletedAt };
          await db.agreements.put(agreement);
          const version = await addAgreementVersion(db, agreement, 'statusChange', '', at);
          return { agreement, version };
        }),
      ),
  };
}

export type AgreementRepository = ReturnType<typeof createAgreementRepository>;
