import { agreementInputSchema, type Agreement, type AgreementStatus, type AgreementVersion, type VersionReason } from '#shared/domain/agreement';
import { canMoveTo, withStatus } from '#shared/agreements/agreement-status';
import { newRecordId } from '#shared/domain/ids';
import { parseOrThrow } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import type { DeskDatabase } from './db';
import { agreementContentOf, agreementInputOf, deriveAgreement, sameContent } from './agreement-content';
import { guardStorage } from './storage-error';

const MAX_VERSION_NAME = 200;

/**
 * Writes a version of `agreement` as it stands. Call inside a transaction over
 * `agreementVersions` (and `agreements` when the same step changes the agreement).
 */
export async function addAgreementVersion(
  db: DeskDatabase,
  agreement: Agreement,
  reason: VersionReason,
  name: string,
  at: number,
): Promise<AgreementVersion> {
  const version: AgreementVersion = {
    id: newRecordId(at),
    agreementId: agreement.id,
    createdAt: at,
    name: name.trim().slice(0, MAX_VERSION_NAME),
    reason,
    status: agreement.status,
    content: structuredClone(agreementContentOf(agreement)),
  };
  await db.agreementVersions.add(version);
  return version;
}

/** Newest first; the ULID breaks ties between versions taken in the same millisecond. */
const newestFirst = (a: AgreementVersion, b: AgreementVersion) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Keeps `agreement` as it stands as a 'beforeEditing' version, unless its latest version already
 * holds exactly that text, so a change about to replace it always has a way back and one change
 * never leaves two identical versions. Returns the version saved, or null when none was needed.
 * Call inside a transaction over `agreementVersions`.
 */
export async function keepBeforeEditing(db: DeskDatabase, agreement: Agreement, at: number): Promise<AgreementVersion | null> {
  const [latest] = (await db.agreementVersions.where('agreementId').equals(agreement.id).toArray()).sort(newestFirst);
  if (latest && sameContent(latest.content, agreement)) return null;
  return addAgreementVersion(db, agreement, 'beforeEditing', '', at);
}

/**
 * Removes every version of these agreements. The Trash calls it inside its purge transaction
 * (scope: `agreementVersions`) when agreements are deleted for good; a trashed agreement keeps them.
 */
export async function purgeAgreementVersions(db: DeskDatabase, agreementIds: readonly string[]): Promise<void> {
  if (agreementIds.length === 0) return;
  await db.agreementVersions.where('agreementId').anyOf([...agreementIds]).delete();
}

/** Whether restoring a version may turn the agreement itself back into a draft. */
export const restoresInPlace = (status: AgreementStatus) => status === 'draft' || canMoveTo(status, 'draft');

/**
 * Saved states of agreements. Versions are never edited; restoring one keeps the state it
 * replaces as a version of its own, so nothing is ever overwritten without a way back.
 */
export function createAgreementVersionRepository(db: DeskDatabase, now: () => number = Date.now) {
  async function requireAgreement(id: string): Promise<Agreement> {
    const agreement = await db.agreements.get(id);
    if (!agreement) throw new AppError('notFound', { id });
    return agreement;
  }

  async function list(agreementId: string): Promise<AgreementVersion[]> {
    const versions = await guardStorage(() => db.agreementVersions.where('agreementId').equals(agreementId).toArray());
    return versions.sort(newestFirst);
  }

  return {
    get: (id: string) => guardStorage(() => db.agreementVersions.get(id)),

    /** The versions of one agreement, newest first. */
    list,

    /** Saves the agreement's current state; `name` is the user's, '' for automatic versions. */
    save: (agreementId: string, reason: VersionReason, name = '') =>
      guardStorage(() =>
        db.transaction('rw', db.agreements, db.agreementVersions, async () =>
          addAgreementVersion(db, await requireAgreement(agreementId), reason, name, now()),
        ),
      ),

    /**
     * Before the first change of an editing session: keeps the state about to be edited as a
     * 'beforeEditing' version, unless the latest version already holds exactly that. Returns
     * the version saved, or null when none was needed.
     */
    ensureEditingSnapshot: (agreementId: string) =>
      guardStorage(() =>
        db.transaction('rw', db.agreements, db.agreementVersions, async () => keepBeforeEditing(db, await requireAgreement(agreementId), now())),
      ),

    /**
     * Makes a version's text the agreement's current text, as a draft again (the change of
     * status is recorded in its history). The state it replaces is saved first as a
     * 'beforeRestore' version, in the same transaction. Returns the updated agreement. An
     * agreement past the point of going back to draft (signed, in force, ended) is left as it
     * is: the version becomes a new draft agreement, which is returned (its id tells the two apart).
     */
    restore: (versionId: string) =>
      guardStorage(() =>
        db.transaction('rw', db.agreements, db.agreementVersions, async () => {
          const version = await db.agreementVersions.get(versionId);
          if (!version) throw new AppError('notFound', { id: versionId });
          const agreement = await requireAgreement(version.agreementId);
          const at = now();
          if (!restoresInPlace(agreement.status)) {
            // A signed text stays as it was signed: the version becomes a new draft agreement beside it.
            const input = parseOrThrow(agreementInputSchema, {
              ...agreementInputOf(agreement),
              ...structuredClone(version.content),
              status: 'draft',
              statusHistory: [{ status: 'draft', at }],
            });
            const record: Agreement = { ...input, ...deriveAgreement(input), id: newRecordId(at), createdAt: at, updatedAt: at, deletedAt: null };
            await db.agreements.add(record);
            return record;
          }
          await addAgreementVersion(db, agreement, 'beforeRestore', '', at);
          const restored = { ...agreementInputOf(agreement), ...structuredClone(version.content) };
          const input = parseOrThrow(agreementInputSchema, restored.status === 'draft' ? restored : withStatus(restored, 'draft', at));
          const record: Agreement = { ...input, ...deriveAgreement(input), id: agreement.id, createdAt: agreement.createdAt, updatedAt: at, deletedAt: agreement.deletedAt };
          await db.agreements.put(record);
          return record;
        }),
      ),

    /** Deletes the versions of agreements purged from the Trash (its own transaction). */
    purgeOf: (agreementIds: readonly string[]) =>
      guardStorage(() => db.transaction('rw', db.agreementVersions, () => purgeAgreementVersions(db, agreementIds))),
  };
}

export type AgreementVersionRepository = ReturnType<typeof createAgreementVersionRepository>;
