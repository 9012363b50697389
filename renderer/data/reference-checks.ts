import type { FieldIssue } from '#shared/domain/validation';
import { AppError } from '#shared/errors/app-error';
import { guardStorage } from './storage-error';

type Ids = string | null | undefined | readonly string[];

export interface ReferenceRule {
  /** The field's path; a list field's issues get the item's index appended ("topics.2"). */
  path: string;
  ids: Ids;
  /** Where the referenced records live; only `bulkGet` is used. */
  table: { bulkGet(keys: string[]): Promise<readonly unknown[]> };
  /** Translation key under `validation.`, e.g. 'unknownContact'. */
  code: string;
  /**
   * Ids accepted without a look-up: what the stored record already pointed at (so purging a
   * contact never makes a saved meeting unsavable) and built-in ones such as seeded topics.
   */
  accepted?: (id: string) => boolean;
}

function asList(ids: Ids): readonly string[] {
  if (Array.isArray(ids)) return ids;
  return typeof ids === 'string' && ids !== '' ? [ids] : [];
}

async function issuesOf({ path, ids, table, code, accepted }: ReferenceRule): Promise<FieldIssue[]> {
  const list = asList(ids);
  const toCheck = list.map((id, index) => ({ id, index })).filter(({ id }) => !accepted?.(id));
  if (toCheck.length === 0) return [];
  const found = await guardStorage(() => table.bulkGet(toCheck.map(({ id }) => id)));
  return toCheck
    .filter((_, i) => found[i] === undefined)
    .map(({ index }) => ({ path: Array.isArray(ids) ? `${path}.${index}` : path, code }));
}

/** Throws AppError('validation') listing every reference to a record that does not exist. */
export async function assertReferencesExist(rules: readonly ReferenceRule[]): Promise<void> {
  const issues = (await Promise.all(rules.map(issuesOf))).flat();
  if (issues.length > 0) throw new AppError('validation', { issues });
}

/** `accepted` for a field: the ids the stored record already held in it. */
export function heldBefore(previous: Ids): (id: string) => boolean {
  const held = new Set(asList(previous));
  return (id) => held.has(id);
}
